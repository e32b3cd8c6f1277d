package nl.pendel.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One simulated browser tab speaking Vaadin Flow's client protocol over plain HTTP: the Spring
 * Security form login with its CSRF token, the bootstrap ({@code ?v-r=init}) that creates a UI,
 * and UIDL requests ({@code ?v-r=uidl}) carrying the UI's security key, the last {@code syncId}
 * seen and the next {@code clientId}, with {@code event} and {@code mSync} invocations as the
 * browser sends them. Every request is timed into the {@link Recorder} under a kind; whatever a
 * real browser would show as a failure (HTTP error, {@code meta} with an application error or an
 * expired session, a redirect, lost synchronisation, an error notification) throws {@link
 * Failure}.
 */
final class VaadinClient {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");

    /** What a user would see as an error; the message names its kind. */
    static final class Failure extends Exception {
        final String kind;

        Failure(String kind, String detail) {
            super(kind + ": " + detail);
            this.kind = kind;
        }
    }

    private final HttpClient http;
    private final String base;
    private final Recorder recorder;
    private String cookie;
    private int uiId;
    private String securityKey;
    private int syncId;
    private int clientId;
    private UiTree tree = new UiTree();
    private final java.util.Map<Integer, java.util.List<String>> gridKeys = new java.util.HashMap<>();

    VaadinClient(HttpClient http, String base, Recorder recorder) {
        this.http = http;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.recorder = recorder;
    }

    UiTree tree() {
        return tree;
    }

    /** Signs in through the login form: its page for the CSRF token, then the form POST. */
    void login(String email, String password) throws Failure {
        HttpResponse<String> page = send(get("/login"), "login-page");
        Matcher token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new Failure("login", "no CSRF token on the login page");
        }
        String form =
                "username=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        HttpResponse<String> answer = send(
                request("/login")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)),
                "login");
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error") || location.contains("login")) {
            throw new Failure("login", "refused for " + email + " (" + answer.statusCode() + " " + location + ")");
        }
    }

    /** Opens a route in a new tab: the page, then Vaadin's bootstrap and the navigation to it. */
    void open(String route) throws Failure {
        send(get("/" + route), "page");
        HttpResponse<String> init = send(get("/?v-r=init&location=" + encode(route) + "&query="), "bootstrap");
        JsonNode config;
        try {
            config = JSON.readTree(init.body()).get("appConfig");
        } catch (RuntimeException e) {
            throw new Failure("bootstrap", "not JSON (signed out?)");
        }
        if (config == null || config.get("uidl") == null) {
            throw new Failure("bootstrap", "no appConfig.uidl");
        }
        tree = new UiTree();
        gridKeys.clear();
        uiId = config.get("v-uiId").asInt();
        JsonNode uidl = config.get("uidl");
        securityKey = uidl.get("Vaadin-Security-Key").asString();
        syncId = uidl.path("syncId").asInt();
        clientId = uidl.path("clientId").asInt();
        tree.apply(uidl.get("changes"));
        navigate(route, "navigate");
    }

    /** What the router link or the address bar does inside a running UI. */
    void navigate(String route, String kind) throws Failure {
        ObjectNode data = JSON.createObjectNode()
                .put("route", route)
                .put("query", "")
                .put("appShellTitle", "")
                .put("trigger", "");
        data.putObject("historyState").put("idx", 0);
        uidl(kind, event(1, "ui-navigate", data));
    }

    /** A click on an element with a click listener (a button). */
    void click(UiTree.Node node, String kind) throws Failure {
        ObjectNode data = JSON.createObjectNode();
        for (String key : new String[] {"event.shiftKey", "event.metaKey", "event.ctrlKey", "event.altKey"}) {
            data.put(key, false);
        }
        for (String key : new String[] {
            "event.detail", "event.clientX", "event.clientY", "event.button", "event.screenX", "event.screenY"
        }) {
            data.put(key, key.equals("event.detail") ? 1 : 0);
        }
        uidl(kind, event(node.id, "click", data));
    }

    /**
     * A click on a plain button inside an element's HTML whose clicks one listener on that element
     * takes (as a plan section's actions): the click event of the element, with the button's
     * {@code data-action} and the listener's filter as the browser evaluates them.
     */
    void clickAction(UiTree.Node listening, String action, String kind) throws Failure {
        ObjectNode data = JSON.createObjectNode()
                .put("event.target.dataset.action", action)
                .put("!!event.target.dataset.action", true);
        uidl(kind, event(listening.id, "click", data));
    }

    /** Typing into a field: the property sync of its value, then the event it listens to. */
    void type(UiTree.Node field, String value, String kind) throws Failure {
        ObjectNode sync = JSON.createObjectNode()
                .put("type", "mSync")
                .put("node", field.id)
                .put("feature", 1)
                .put("property", "value")
                .put("value", value);
        String event = field.listensTo("change") && !field.listensTo("input") ? "change" : "input";
        uidl(kind, sync, event(field.id, event, JSON.createObjectNode()));
    }

    /** A click on a grid row, by the item key the grid's data brought to the client. */
    void itemClick(UiTree.Node grid, String itemKey, String kind) throws Failure {
        ObjectNode data =
                JSON.createObjectNode().put("event.detail.itemKey", itemKey).putNull("event.detail.internalColumnId");
        for (String key : new String[] {"shiftKey", "metaKey", "ctrlKey", "altKey"}) {
            data.put("event.detail." + key, false);
        }
        for (String key : new String[] {"button", "clientX", "clientY", "screenX", "screenY"}) {
            data.put("event.detail." + key, 0);
        }
        data.put("event.detail.detail", 1);
        uidl(kind, event(grid.id, "item-click", data));
    }

    /** The item keys a grid has received so far (its {@code $connector.set} calls). */
    java.util.List<String> gridItemKeys(UiTree.Node grid) {
        return gridKeys.getOrDefault(grid.id, java.util.List.of());
    }

    private void collectGridItems(JsonNode execute) {
        if (execute == null) {
            return;
        }
        for (JsonNode call : execute) {
            int n = call.size();
            if (n == 4
                    && call.get(3).asString().contains("$connector.set(")
                    && call.get(2).isArray()) {
                int grid = call.get(0).path("@v-node").asInt(-1);
                java.util.List<String> keys = gridKeys.computeIfAbsent(grid, g -> new java.util.ArrayList<>());
                for (JsonNode item : call.get(2)) {
                    keys.add(item.path("key").asString());
                }
            }
        }
    }

    private static ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode rpc =
                JSON.createObjectNode().put("type", "event").put("node", node).put("event", name);
        rpc.set("data", data);
        return rpc;
    }

    private JsonNode uidl(String kind, ObjectNode... invocations) throws Failure {
        ObjectNode body = JSON.createObjectNode().put("csrfToken", securityKey);
        var rpc = body.putArray("rpc");
        for (ObjectNode invocation : invocations) {
            rpc.add(invocation);
        }
        body.put("syncId", syncId).put("clientId", clientId);
        HttpResponse<String> response = send(
                request("/?v-r=uidl&v-uiId=" + uiId)
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())),
                kind);
        String text = response.body();
        if (text.startsWith("for(;;);")) {
            text = text.substring("for(;;);".length());
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(text);
        } catch (RuntimeException e) {
            throw new Failure("not-uidl", kind + ": " + abbreviate(text));
        }
        if (answer.isArray()) {
            answer = answer.get(0);
        }
        JsonNode meta = answer.get("meta");
        if (meta != null) {
            String what = meta.has("sessionExpired")
                    ? "session-expired"
                    : meta.has("appError") ? "app-error" : meta.has("resynchronize") ? "resync" : "meta";
            throw new Failure(what, kind + ": " + abbreviate(meta.toString()));
        }
        if (answer.has("redirect")) {
            throw new Failure("redirect", kind + ": " + answer.get("redirect"));
        }
        int newSync = answer.path("syncId").asInt(-1);
        if (newSync != syncId + 1) {
            throw new Failure("sync", kind + ": syncId " + newSync + " after " + syncId);
        }
        syncId = newSync;
        clientId = answer.path("clientId").asInt(clientId + 1);
        tree.apply(answer.get("changes"));
        collectGridItems(answer.get("execute"));
        for (UiTree.Node notification : tree.all("vaadin-notification", n -> true)) {
            String theme = notification.attribute("theme");
            if (theme != null && theme.contains("error") && !notification.attributes.containsKey("seen")) {
                notification.attributes.put("seen", "");
                throw new Failure("error-notification", kind);
            }
        }
        return answer;
    }

    private HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (cookie != null) {
            builder.header("Cookie", "JSESSIONID=" + cookie);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String kind) throws Failure {
        long start = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            recorder.record(kind, System.nanoTime() - start);
            throw new Failure("io", kind + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("interrupted", kind);
        }
        recorder.record(kind, System.nanoTime() - start);
        response.headers().allValues("Set-Cookie").forEach(header -> {
            Matcher session = SESSION_COOKIE.matcher(header);
            if (session.find()) {
                cookie = session.group(1);
            }
        });
        int status = response.statusCode();
        if (status >= 400 || (status >= 300 && !kind.equals("login"))) {
            throw new Failure("http-" + status, kind);
        }
        return response;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
