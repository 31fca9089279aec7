//! Who may read the query statistics (`/stats`, `/api/stats`). Without a token
//! (`--stats-token`, `ZHENGCE_STATS_TOKEN`) they are public, as the README says; with one, a
//! request must carry it: `Authorization: Bearer TOKEN` from a program, or HTTP Basic with
//! the token as the password (any user name) from a browser, which asks for it when a page
//! answers 401 with a Basic challenge.

use axum::http::{header, HeaderMap, HeaderValue};

/// The token `/stats` asks for. Its `Debug` never shows it, so a logged config leaks nothing.
#[derive(Clone, PartialEq, Eq)]
pub struct StatsToken(String);

impl StatsToken {
    /// The token, or why it cannot be one (empty, or with characters a header cannot carry).
    pub fn new(token: &str) -> Result<StatsToken, &'static str> {
        let token = token.trim();
        if token.is_empty() {
            return Err("must not be empty (leave it unset for public statistics)");
        }
        if !token.chars().all(|c| c.is_ascii_graphic()) {
            return Err("must be printable ASCII without spaces");
        }
        Ok(StatsToken(token.to_owned()))
    }

    /// Whether `candidate` is the token, comparing every byte whatever the first difference
    /// (no timing hint of how much of a guess was right).
    fn matches(&self, candidate: &[u8]) -> bool {
        let token = self.0.as_bytes();
        token.len() == candidate.len()
            && token
                .iter()
                .zip(candidate)
                .fold(0u8, |diff, (a, b)| diff | (a ^ b))
                == 0
    }
}

impl std::fmt::Debug for StatsToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("StatsToken(…)")
    }
}

/// Why a request may not read the statistics.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Denied {
    /// It carries no token.
    Missing,
    /// It carries a token, not the right one.
    Wrong,
}

impl Denied {
    /// What the user reads: what to send, and how.
    pub fn message(self) -> &'static str {
        match self {
            Denied::Missing => {
                "检索统计需要访问令牌:请求时带上请求头 Authorization: Bearer <令牌>;\
                 在浏览器中按提示登录,用户名任意,密码填令牌"
            }
            Denied::Wrong => {
                "访问令牌不正确:请求头 Authorization: Bearer <令牌> 须带站点配置的令牌\
                 (serve --stats-token)"
            }
        }
    }

    /// The `WWW-Authenticate` challenge: Basic for pages (a browser then asks for the
    /// token), Bearer for the JSON API.
    pub fn challenge(for_browser: bool) -> HeaderValue {
        HeaderValue::from_static(if for_browser {
            r#"Basic realm="zhengce /stats", charset="UTF-8""#
        } else {
            r#"Bearer realm="zhengce /stats""#
        })
    }
}

/// Whether a request with `headers` may read the statistics, given the configured `token`.
pub fn check(token: Option<&StatsToken>, headers: &HeaderMap) -> Result<(), Denied> {
    let Some(token) = token else {
        return Ok(());
    };
    let sent = headers
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(sent_token)
        .ok_or(Denied::Missing)?;
    if token.matches(&sent) {
        Ok(())
    } else {
        Err(Denied::Wrong)
    }
}

/// The token an `Authorization` value carries: `Bearer TOKEN`, or `Basic` with
/// base64(`user:TOKEN`).
fn sent_token(value: &str) -> Option<Vec<u8>> {
    let (scheme, credentials) = value.trim().split_once(' ')?;
    let credentials = credentials.trim();
    if scheme.eq_ignore_ascii_case("bearer") {
        return Some(credentials.as_bytes().to_vec());
    }
    if scheme.eq_ignore_ascii_case("basic") {
        use base64::Engine;
        let pair = base64::engine::general_purpose::STANDARD
            .decode(credentials)
            .ok()?;
        let colon = pair.iter().position(|&b| b == b':')?;
        return Some(pair[colon + 1..].to_vec());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(authorization: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::AUTHORIZATION,
            HeaderValue::from_str(authorization).unwrap(),
        );
        headers
    }

    #[test]
    fn the_token_comes_as_bearer_or_as_the_basic_password() {
        let token = StatsToken::new("s3cret-Token").unwrap();
        let token = Some(&token);
        assert_eq!(check(None, &HeaderMap::new()), Ok(()), "no token: public");
        assert_eq!(check(token, &HeaderMap::new()), Err(Denied::Missing));
        assert_eq!(check(token, &with("Bearer s3cret-Token")), Ok(()));
        assert_eq!(check(token, &with("bearer  s3cret-Token ")), Ok(()));
        // base64("official:s3cret-Token") and base64(":s3cret-Token")
        assert_eq!(
            check(token, &with("Basic b2ZmaWNpYWw6czNjcmV0LVRva2Vu")),
            Ok(())
        );
        assert_eq!(check(token, &with("Basic OnMzY3JldC1Ub2tlbg==")), Ok(()));
        for wrong in [
            "Bearer s3cret",
            "Bearer s3cret-Token2",
            "Basic b2ZmaWNpYWw6eA==",
        ] {
            assert_eq!(check(token, &with(wrong)), Err(Denied::Wrong), "{wrong}");
        }
        for missing in ["s3cret-Token", "Basic !!!", "Digest x", "Bearer"] {
            assert_eq!(
                check(token, &with(missing)),
                Err(Denied::Missing),
                "{missing}"
            );
        }
    }

    #[test]
    fn a_token_is_checked_and_never_printed() {
        assert!(StatsToken::new("  ").is_err());
        assert!(StatsToken::new("两个字").is_err());
        assert!(StatsToken::new("a b").is_err());
        let token = StatsToken::new(" abc ").unwrap();
        assert!(token.matches(b"abc") && !token.matches(b"abd") && !token.matches(b"ab"));
        assert!(!format!("{:?}", Some(token)).contains("abc"));
    }
}
