package vn.traodoi.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses with 400, before anything else reads the request (sign-in included) and so before the database, what no text
 * column can hold and no handler can read: a NUL character or bytes that are not UTF-8 (or a broken %-escape) in the
 * query, a form field, a multipart field or file name, or a JSON body; and a multipart body that cannot be parsed. The
 * error page or problem+json says which ({@link #REASON}, a message code).
 */
class MalformedInputFilter extends OncePerRequestFilter {

    static final String REASON = "traodoi.inputProblem";
    static final String NUL = "error.400.nul";
    static final String ENCODING = "error.400.encoding";
    static final String MULTIPART = "error.400.multipart";

    private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final JsonMapper json;
    private final DataSize limit;
    private final StandardServletMultipartResolver multipart = new StandardServletMultipartResolver();

    MalformedInputFilter(JsonMapper json, DataSize limit) {
        this.json = json;
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest checked = request;
        Rejection rejection = null;
        if (BODY_METHODS.contains(request.getMethod()) && isJson(request.getContentType())) {
            int most = (int) Math.min(Integer.MAX_VALUE - 8, limit.toBytes() + 1);
            byte[] body = request.getInputStream().readNBytes(most);
            if (body.length > limit.toBytes()) {
                response.setHeader("Connection", "close");
                response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                return;
            }
            rejection = jsonProblem(body);
            checked = new ReadBody(request, body);
        }
        if (rejection == null) {
            rejection = parameterProblem(checked);
        }
        if (rejection != null) {
            request.setAttribute(REASON, rejection.messageCode());
            response.sendError(rejection.status());
            return;
        }
        chain.doFilter(checked, response);
    }

    /** Why a request is refused: the status and the message code the error page or problem shows. */
    record Rejection(int status, @Nullable String messageCode) {

        static Rejection badRequest(String messageCode) {
            return new Rejection(HttpServletResponse.SC_BAD_REQUEST, messageCode);
        }
    }

    private static boolean isJson(@Nullable String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.getSubtype().endsWith("+json");
        } catch (InvalidMediaTypeException e) {
            return false; // the handler answers 415
        }
    }

    /** A raw NUL, bytes that are not UTF-8, or a string (or a name) with an escaped NUL, {@code \u0000}. */
    private @Nullable Rejection jsonProblem(byte[] body) {
        for (byte b : body) {
            if (b == 0) {
                return Rejection.badRequest(NUL);
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            return Rejection.badRequest(ENCODING);
        }
        try (JsonParser parser = json.createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if ((token == JsonToken.VALUE_STRING || token == JsonToken.PROPERTY_NAME)
                        && parser.getString().indexOf('\0') >= 0) {
                    return Rejection.badRequest(NUL);
                }
            }
        } catch (JacksonException e) {
            // Not JSON: the handler's message converter answers 400 with what is wrong.
        }
        return null;
    }

    /**
     * Lets the container parse the query, the form or the multipart body (it refuses a parameter that is not UTF-8 or
     * has a broken %-escape), then looks for NUL in every name and value.
     */
    private @Nullable Rejection parameterProblem(HttpServletRequest request) {
        try {
            if (multipart.isMultipart(request)) {
                multipart.resolveMultipart(request);
                for (Part part : request.getParts()) {
                    if (hasNul(part.getName()) || hasNul(part.getSubmittedFileName())) {
                        return Rejection.badRequest(NUL);
                    }
                }
            }
            for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
                if (hasNul(parameter.getKey())) {
                    return Rejection.badRequest(NUL);
                }
                for (String value : parameter.getValue()) {
                    if (hasNul(value)) {
                        return Rejection.badRequest(NUL);
                    }
                }
            }
            return null;
        } catch (MaxUploadSizeExceededException e) {
            return new Rejection(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, null);
        } catch (MultipartException | IOException | ServletException e) {
            return Rejection.badRequest(MULTIPART);
        } catch (InvalidParameterException e) {
            return e.getErrorCode() == HttpServletResponse.SC_BAD_REQUEST ? Rejection.badRequest(ENCODING)
                    : new Rejection(e.getErrorCode(), null);
        }
    }

    private static boolean hasNul(@Nullable String text) {
        return text != null && text.indexOf('\0') >= 0;
    }

    /** The request with its body already read (and checked), for the handler to read again. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            Charset charset = StandardCharsets.UTF_8;
            try {
                if (getCharacterEncoding() != null) {
                    charset = Charset.forName(getCharacterEncoding());
                }
            } catch (IllegalArgumentException e) {
                // an unknown charset in the content type: the body was checked as UTF-8
            }
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
