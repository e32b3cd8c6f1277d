package nl.pendel.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import nl.pendel.security.SecurityLog.Event;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in posted from another site (login CSRF: a page elsewhere posting the attacker's
 * e-mail address and password, so that the victim's browser works in the attacker's account).
 * Vaadin's security configurer exempts the login address from Spring's CSRF token, and Vaadin's
 * login form posts without one; so the browser's own word is checked instead: every current
 * browser says {@code Sec-Fetch-Site} and {@code Origin} on a form post, and a post from another
 * site says so there. A request without either header (not a browser) goes on. Where local
 * sign-in is switched off ({@code pendel.login.local=false}), every password sign-in is refused
 * here, before it is checked.
 */
final class SameOriginLoginFilter extends OncePerRequestFilter {

    private final RequestMatcher loginPost;
    private final boolean localSignIn;

    SameOriginLoginFilter(String loginPath, boolean localSignIn) {
        this.loginPost = PathPatternRequestMatcher.pathPattern(HttpMethod.POST, loginPath);
        this.localSignIn = localSignIn;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !loginPost.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!localSignIn) {
            refuse(request, response, "local-sign-in-off", "Aanmelden met een wachtwoord is uitgeschakeld.");
            return;
        }
        if (crossSite(request)) {
            refuse(request, response, "cross-site-form", "Aanmelden vanaf een andere site is niet toegestaan.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String reason, String text)
            throws IOException {
        SecurityLog.record(Event.SIGN_IN_FAILED, null, Map.of("source.ip", request.getRemoteAddr(), "reason", reason));
        // set, not sent as an error: Tomcat would forward that to the error page, which answers an
        // anonymous request with a redirect to the login page
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(text);
    }

    static boolean crossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return true;
        }
        String origin = request.getHeader("Origin");
        return origin != null && !origin.toLowerCase(Locale.ROOT).equals(ownOrigin(request));
    }

    /** This application's origin as the browser sees it (behind a proxy: as it forwards it). */
    private static String ownOrigin(HttpServletRequest request) {
        String scheme = request.getScheme().toLowerCase(Locale.ROOT);
        int port = request.getServerPort();
        boolean defaultPort = (scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80);
        return scheme + "://" + request.getServerName().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
