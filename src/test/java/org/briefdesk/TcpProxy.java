package org.briefdesk;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on the loopback interface that stands between the application and its database, so
 * that a test can take the database away and bring it back: {@link #refuse()} closes every
 * connection and refuses new ones, as a stopped server does; {@link #hang()} keeps connections open
 * but lets nothing through, as a server that stops answering (or a network that drops packets) does;
 * {@link #restore()} lets new connections through again. Connections open during an outage are
 * closed when it ends: whatever the driver sent meanwhile is lost, as it would be on a restarted
 * server.
 */
public final class TcpProxy implements AutoCloseable {

    private enum Mode {
        OPEN,
        REFUSING,
        HANGING
    }

    private final String targetHost;
    private final int targetPort;
    private final int port;
    private final Set<Link> links = ConcurrentHashMap.newKeySet();
    private volatile Mode mode = Mode.OPEN;
    private volatile ServerSocket server;

    public TcpProxy(String targetHost, int targetPort) {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.server = listenOnFreePort();
        this.port = server.getLocalPort();
        acceptFrom(server);
    }

    /** The local port to connect to instead of the target. */
    public int port() {
        return port;
    }

    /** Closes every connection and refuses new ones, like a stopped server. */
    public synchronized void refuse() {
        mode = Mode.REFUSING;
        closeQuietly(server);
        links.forEach(Link::close);
    }

    /** Keeps connections (and accepts new ones) but passes nothing on, like a server that hangs. */
    public synchronized void hang() {
        mode = Mode.HANGING;
    }

    /**
     * Passes connections through again; those from before are closed, as a restarted server would.
     * Does nothing if there is no outage.
     */
    public synchronized void restore() {
        Mode before = mode;
        if (before == Mode.OPEN) {
            return;
        }
        mode = Mode.OPEN;
        links.forEach(Link::close);
        if (before == Mode.REFUSING) {
            server = listenAgain();
            acceptFrom(server);
        }
    }

    @Override
    public synchronized void close() {
        mode = Mode.REFUSING;
        closeQuietly(server);
        links.forEach(Link::close);
    }

    /**
     * A port below every common range of ephemeral ports (Linux starts at 32768, BSD, macOS and
     * Windows at 49152). With a port from that range, a client that connects during an outage, when
     * nothing listens, can be given the same port as its own local end and connect to itself; it
     * then holds the port, and {@link #restore()} cannot listen on it again.
     */
    private ServerSocket listenOnFreePort() {
        java.util.random.RandomGenerator random = java.util.concurrent.ThreadLocalRandom.current();
        UncheckedIOException last = null;
        for (int attempt = 0; attempt < 100; attempt++) {
            try {
                return listen(20_000 + random.nextInt(12_000));
            } catch (UncheckedIOException taken) {
                last = taken;
            }
        }
        throw last;
    }

    /**
     * Listens on the proxy's port again. Seen once on CI: the port was still taken for a moment right
     * after {@link #refuse()} closed it (a connection accepted as it closed); the next tries succeed.
     */
    private ServerSocket listenAgain() {
        UncheckedIOException last = null;
        for (int attempt = 0; attempt < 50; attempt++) {
            try {
                return listen(port);
            } catch (UncheckedIOException taken) {
                last = taken;
                links.forEach(Link::close);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw taken;
                }
            }
        }
        throw last;
    }

    private ServerSocket listen(int onPort) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort));
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException("The test proxy cannot listen on port " + onPort, e);
        }
    }

    private void acceptFrom(ServerSocket listening) {
        Thread.ofPlatform().daemon().name("tcp-proxy-accept-" + port).start(() -> {
            while (!listening.isClosed()) {
                try {
                    Socket client = listening.accept();
                    connect(client);
                } catch (IOException closedOrFailed) {
                    // Closed by refuse() or close(); a failed accept just waits for the next client.
                }
            }
        });
    }

    private void connect(Socket client) {
        Link link = new Link(client);
        links.add(link);
        if (mode != Mode.OPEN) {
            // Read and drop what the client sends; it never hears from the server.
            pump(link, client, null);
            return;
        }
        try {
            Socket upstream = new Socket();
            upstream.connect(new InetSocketAddress(targetHost, targetPort), 5000);
            link.upstream = upstream;
            pump(link, client, upstream);
            pump(link, upstream, client);
        } catch (IOException unreachable) {
            link.close();
        }
    }

    private void pump(Link link, Socket from, Socket to) {
        Thread.ofPlatform().daemon().name("tcp-proxy-pump-" + port).start(() -> {
            byte[] buffer = new byte[16 * 1024];
            try {
                InputStream in = from.getInputStream();
                OutputStream out = to == null ? null : to.getOutputStream();
                for (int read; (read = in.read(buffer)) >= 0; ) {
                    // While hanging, bytes are swallowed in both directions.
                    if (out != null && mode == Mode.OPEN) {
                        out.write(buffer, 0, read);
                        out.flush();
                    }
                }
            } catch (IOException closed) {
                // The other side or the proxy closed the link.
            } finally {
                link.close();
            }
        });
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception ignored) {
            // Closing is all that matters here.
        }
    }

    private final class Link {

        private final Socket client;
        private volatile Socket upstream;

        Link(Socket client) {
            this.client = client;
        }

        void close() {
            closeQuietly(client);
            closeQuietly(upstream);
            links.remove(this);
        }
    }
}
