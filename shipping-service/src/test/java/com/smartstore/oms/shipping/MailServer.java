package com.smartstore.oms.shipping;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server in the test JVM (GreenMail) on a free port, for every {@code @QuarkusTest} of shipping (the
 * mailer is pointed at it); a test can stop and start it to see a mail fail and then go out.
 */
public class MailServer implements QuarkusTestResourceLifecycleManager {
    private static ServerSetup setup;
    private static GreenMail server;

    @Override
    public Map<String, String> start() {
        try (ServerSocket socket = new ServerSocket(0)) {
            setup = new ServerSetup(socket.getLocalPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        up();
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", Integer.toString(setup.getPort()));
    }

    @Override
    public void stop() {
        down();
    }

    /** Starts the server (again) on its port; the mails it held before are gone. */
    static synchronized void up() {
        if (server == null) {
            server = new GreenMail(setup);
            server.start();
        }
    }

    /** Stops the server: connections to its port are refused until {@link #up()}. */
    static synchronized void down() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** The mails the server received for this address, oldest first. */
    static synchronized List<MimeMessage> to(String address) {
        if (server == null) {
            return List.of();
        }
        return Arrays.stream(server.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                .anyMatch(a -> a.toString().equalsIgnoreCase(address));
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /** A mail's text as the customer reads it (decoded). */
    static String text(MimeMessage mail) {
        try {
            return textOf(mail.getContent());
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String textOf(Object content) throws IOException, MessagingException {
        if (content instanceof Multipart parts) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < parts.getCount(); i++) {
                text.append(textOf(parts.getBodyPart(i).getContent())).append('\n');
            }
            return text.toString();
        }
        return content.toString();
    }

    /** A mail's subject (decoded). */
    static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
