package nl.pendel.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class SameOriginLoginFilterTest {

    private final SameOriginLoginFilter filter = new SameOriginLoginFilter("/login", true);

    @Test
    void a_login_post_from_another_site_is_refused_and_one_from_pendel_goes_on() throws Exception {
        assertThat(post("https://evil.example", "cross-site")).isEqualTo(403);
        assertThat(post("https://evil.example", null)).isEqualTo(403);
        assertThat(post(null, "same-site")).isEqualTo(403);
        assertThat(post("null", null)).isEqualTo(403);
        assertThat(post("https://pendel.example", "same-origin")).isEqualTo(200);
        assertThat(post(null, null)).as("not a browser").isEqualTo(200);
    }

    @Test
    void where_local_sign_in_is_off_every_password_sign_in_is_refused_even_from_pendel_itself() throws Exception {
        SameOriginLoginFilter off = new SameOriginLoginFilter("/login", false);
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.addHeader("Sec-Fetch-Site", "same-origin");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        off.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(chain.getRequest()).as("the sign-in went no further").isNull();
    }

    private int post(String origin, String fetchSite) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setScheme("https");
        request.setServerName("pendel.example");
        request.setServerPort(443);
        if (origin != null) {
            request.addHeader("Origin", origin);
        }
        if (fetchSite != null) {
            request.addHeader("Sec-Fetch-Site", fetchSite);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response.getStatus();
    }
}
