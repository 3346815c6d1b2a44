package org.jiaxiao.keycloak;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.Base64;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * The RSA key the test realm signs its tokens with: generated per run and imported into
 * the realm copy, so that a test can sign what Keycloak itself could have issued (an
 * expired token, say) without waiting out a lifespan plus the resource server's 60 s
 * clock skew.
 */
final class RealmKey {

	private final KeyPair pair;

	private RealmKey(KeyPair pair) {
		this.pair = pair;
	}

	static RealmKey generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return new RealmKey(generator.generateKeyPair());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * PKCS#8 PEM, as Keycloak's {@code rsa} key provider imports it (it makes the
	 * certificate itself).
	 */
	String privateKeyPem() {
		Base64.Encoder pem = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
		return "-----BEGIN PRIVATE KEY-----\n" + pem.encodeToString(this.pair.getPrivate().getEncoded())
				+ "\n-----END PRIVATE KEY-----\n";
	}

	/** The key id Keycloak publishes for this key in the realm's JWK set. */
	String keyIdIn(String jwkSetJson) {
		try {
			RSAPublicKey mine = (RSAPublicKey) this.pair.getPublic();
			for (JWK key : JWKSet.parse(jwkSetJson).getKeys()) {
				if (key instanceof RSAKey rsa && rsa.toRSAPublicKey().getModulus().equals(mine.getModulus())) {
					return rsa.getKeyID();
				}
			}
			throw new IllegalStateException("The realm does not publish the imported key: " + jwkSetJson);
		}
		catch (ParseException | JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** An RS256 access token with these claims, as Keycloak signs them. */
	String sign(String keyId, JWTClaimsSet claims) {
		try {
			JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(keyId).build();
			SignedJWT jwt = new SignedJWT(header, claims);
			jwt.sign(new RSASSASigner(this.pair.getPrivate()));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
