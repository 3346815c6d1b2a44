package org.jiaxiao.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One HTTP/1.1 exchange over a plain loopback socket, written by hand so a test can send
 * a body as slowly, as partially or as large as an attacker would. Every read waits at
 * most the socket's timeout, so no test hangs.
 */
final class RawHttp implements AutoCloseable {

	private final Socket socket;

	private RawHttp(Socket socket) {
		this.socket = socket;
	}

	static RawHttp connect(int port, Duration readTimeout) throws IOException {
		Socket socket = new Socket();
		socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
		socket.setSoTimeout((int) readTimeout.toMillis());
		return new RawHttp(socket);
	}

	/**
	 * The request line and headers of {@code POST /graphql}; the body is up to the
	 * caller.
	 */
	static String head(String token, String framing) {
		return "POST /graphql HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
				+ "\r\nContent-Type: application/json\r\nAccept: application/json\r\nConnection: close\r\n" + framing
				+ "\r\n\r\n";
	}

	void send(String text) throws IOException {
		send(text.getBytes(StandardCharsets.UTF_8));
	}

	synchronized void send(byte[] bytes) throws IOException {
		OutputStream out = this.socket.getOutputStream();
		out.write(bytes);
		out.flush();
	}

	/**
	 * Everything the server sends until it closes the connection (each request asks it
	 * to). A reset after the response arrived is the server refusing the rest of the
	 * body: what came before it is the answer.
	 */
	String response() throws IOException {
		InputStream in = this.socket.getInputStream();
		StringBuilder text = new StringBuilder();
		byte[] buffer = new byte[8192];
		try {
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
			}
		}
		catch (SocketException ex) {
			if (text.isEmpty()) {
				throw ex;
			}
		}
		return text.toString();
	}

	/** An interim response, such as {@code 100 Continue}: its status line and headers. */
	String interimResponse() throws IOException {
		InputStream in = this.socket.getInputStream();
		StringBuilder text = new StringBuilder();
		while (!text.toString().endsWith("\r\n\r\n")) {
			int b = in.read();
			if (b < 0) {
				break;
			}
			text.append((char) b);
		}
		return text.toString();
	}

	static int status(String response) {
		return Integer.parseInt(response.substring("HTTP/1.1 ".length(), "HTTP/1.1 ".length() + 3));
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

}
