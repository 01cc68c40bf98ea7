package vn.traodoi.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document: every operation takes a personal API token (Swagger UI's "Authorize" button). */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info = @Info(title = "traodoi API", version = "v1",
                description = "Đoàn công tác, hội thảo góp ý, bài học kinh nghiệm / Delegations, workshops, lessons. "
                        + "Lỗi theo RFC 9457 (application/problem+json)."),
        security = @SecurityRequirement(name = "token"))
@SecurityScheme(name = "token", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "td_…",
        description = "Mã truy cập cá nhân, tạo ở trang Tài khoản của tôi / Personal API token from My account")
class OpenApiConfiguration {
}
