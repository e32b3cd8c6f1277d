package nl.pendel.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** One browser over real HTTP: its own cookies (its own session), redirects not followed. */
final class HttpBrowser {

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager())
            .build();
    private final int port;
    private String location = "";

    private HttpBrowser(int port) {
        this.port = port;
    }

    /** A new browser signed in through the login form with this account and password. */
    static HttpBrowser signedIn(int port, String email, String password) throws Exception {
        HttpBrowser browser = new HttpBrowser(port);
        browser.open("/login");
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<Void> answer = browser.client.send(
                HttpRequest.newBuilder(URI.create(browser.base() + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(answer.headers().firstValue("Location"))
                .hasValueSatisfying(
                        location -> assertThat(URI.create(location).getPath()).isEqualTo("/"));
        assertThat(browser.open("/")).as("signed in").isEqualTo(200);
        return browser;
    }

    int open(String path) throws Exception {
        HttpResponse<Void> response = client.send(
                HttpRequest.newBuilder(URI.create(base() + path)).build(), HttpResponse.BodyHandlers.discarding());
        location = response.headers().firstValue("Location").orElse("");
        return response.statusCode();
    }

    String location() {
        return location;
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
