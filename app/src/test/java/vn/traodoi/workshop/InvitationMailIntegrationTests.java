package vn.traodoi.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.traodoi.IntegrationTest;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;

/** An invitation with an e-mail address is sent to the expert; the link is shown to the secretary in any case. */
@IntegrationTest
class InvitationMailIntegrationTests {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Test
    void theExpertReceivesTheLinkByEmail() throws Exception {
        CurrentUser secretary = users.user(users.organization("Văn phòng thử thư"), Role.ORGANIZER);
        String location = mvc.perform(post("/workshops/new").with(user(secretary)).with(csrf())
                        .param("title", "Hội thảo góp ý dự thảo Nghị quyết").param("projectTitle", "dự thảo Nghị quyết về phân cấp")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        MvcResult invited = mvc.perform(post(location + "/invitations").with(user(secretary)).with(csrf())
                        .param("expertName", "TS. Hoàng Chuyên Gia").param("email", "chuyengia@example.vn").param("days", "7"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(invited.getFlashMap().get("invitationMail")).isEqualTo("SENT");
        String link = (String) invited.getFlashMap().get("invitationLink");
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("chuyengia@example.vn");
        assertThat(received[0].getSubject()).isEqualTo("Mời góp ý dự thảo Nghị quyết về phân cấp");
        assertThat(GreenMailUtil.getBody(received[0])).isNotBlank();
        assertThat(new String(received[0].getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains(link).contains("Kính gửi TS. Hoàng Chuyên Gia");

        MvcResult withoutAddress = mvc.perform(post(location + "/invitations").with(user(secretary)).with(csrf())
                .param("expertName", "Chuyên gia không có thư")).andReturn();
        assertThat(withoutAddress.getFlashMap().get("invitationMail")).isEqualTo("NO_ADDRESS");
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }
}
