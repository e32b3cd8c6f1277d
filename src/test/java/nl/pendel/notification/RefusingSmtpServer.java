package nl.pendel.notification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * An SMTP server that speaks the protocol (RFC 5321) but refuses every recipient with
 * {@code 550 5.1.1}, as a real server does for an address that does not exist. GreenMail accepts
 * every address, so this plays the mail server that bounces.
 */
final class RefusingSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Thread thread;

    RefusingSmtpServer() {
        try {
            socket = new ServerSocket(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        thread = Thread.ofVirtual().start(this::serve);
    }

    JavaMailSenderImpl client() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(socket.getLocalPort());
        return sender;
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept();
                    BufferedReader in = new BufferedReader(
                            new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                    Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.US_ASCII)) {
                reply(out, "220 refusing.test ESMTP");
                for (String line; (line = in.readLine()) != null; ) {
                    String command = line.toUpperCase(Locale.ROOT);
                    if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                        reply(out, "250 refusing.test");
                    } else if (command.startsWith("MAIL FROM")) {
                        reply(out, "250 2.1.0 Ok");
                    } else if (command.startsWith("RCPT TO")) {
                        reply(
                                out,
                                "550 5.1.1 <" + line.replaceAll("(?i).*<(.*)>.*", "$1")
                                        + ">: Recipient address rejected: User unknown");
                    } else if (command.startsWith("QUIT")) {
                        reply(out, "221 2.0.0 Bye");
                        break;
                    } else if (command.startsWith("RSET") || command.startsWith("NOOP")) {
                        reply(out, "250 2.0.0 Ok");
                    } else {
                        reply(out, "502 5.5.2 Command not recognized");
                    }
                }
            } catch (IOException e) {
                // the test closed the server, or the client hung up
            }
        }
    }

    private static void reply(Writer out, String line) throws IOException {
        out.write(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        thread.interrupt();
    }
}
