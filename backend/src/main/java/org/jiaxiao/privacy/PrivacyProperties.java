package org.jiaxiao.privacy;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long contact records are kept before a family may have them erased.
 *
 * @param retention counted from the family's last contact (default three years: the
 * secondary-school rule asks for contact with every family within three years)
 */
@ConfigurationProperties("jiaxiao.privacy")
public record PrivacyProperties(Duration retention) {

	public PrivacyProperties {
		retention = (retention != null) ? retention : Duration.ofDays(3 * 365);
	}

}
