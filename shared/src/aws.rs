//! The AWS SDK configuration every client of a process shares: region and
//! credentials from the environment, endpoints from the SDK's own chain (so
//! `AWS_ENDPOINT_URL_*` points it at moto), over an HTTPS client that trusts
//! only the roots that sign AWS's endpoints.

use aws_config::environment::{
    EnvironmentVariableCredentialsProvider, EnvironmentVariableRegionProvider,
};
use aws_smithy_http_client::tls::{self, TlsContext, TrustStore, rustls_provider::CryptoMode};

/// Amazon Trust Services' roots, built in. The SDK's default client reads and
/// parses the system's whole trust store at init instead (about 150 roots, in
/// one bundle or one file each): measured, that was four fifths of a cold
/// start's instructions, for roots no AWS endpoint uses.
const AMAZON_ROOTS: &str = include_str!("aws/amazon-trust-services.pem");

/// The file holding the PEM certificate of the certificate authority that
/// the bench makes for its TLS terminator in front of moto. Only builds with
/// the `bench` feature read it; deployed builds trust Amazon's roots alone.
#[cfg(feature = "bench")]
pub const BENCH_CA_VARIABLE: &str = "ROSTER_BENCH_CA";

/// The roots every TLS client of ours trusts, in PEM.
fn trusted_roots() -> Vec<u8> {
    #[allow(unused_mut)]
    let mut pem = AMAZON_ROOTS.as_bytes().to_vec();
    #[cfg(feature = "bench")]
    if let Some(path) = std::env::var_os(BENCH_CA_VARIABLE) {
        pem.push(b'\n');
        pem.extend(std::fs::read(path).expect("the bench's certificate authority is readable"));
    }
    pem
}

/// Amazon's roots for a TLS client of our own (the authorizer's JWKS fetch).
pub fn amazon_roots() -> rustls::RootCertStore {
    use rustls_pki_types::CertificateDer;
    use rustls_pki_types::pem::PemObject;
    let mut store = rustls::RootCertStore::empty();
    let certificates = CertificateDer::pem_slice_iter(&trusted_roots())
        .flatten()
        .collect::<Vec<_>>();
    store.add_parsable_certificates(certificates);
    store
}

/// The HTTPS client of every AWS client (rustls on aws-lc), trusting
/// Amazon's roots only.
pub fn https_client() -> aws_sdk_dynamodb::config::SharedHttpClient {
    let roots = TrustStore::empty()
        .with_native_roots(false)
        .with_pem_certificate(trusted_roots());
    let context = TlsContext::builder()
        .with_trust_store(roots)
        .build()
        .expect("a trust store and nothing else is a valid TLS context");
    aws_smithy_http_client::Builder::new()
        .tls_provider(tls::Provider::Rustls(CryptoMode::AwsLc))
        .tls_context(context)
        .build_https()
}

/// The SDK configuration from the environment and the default chain.
pub async fn sdk_config() -> aws_config::SdkConfig {
    let https = https_client();
    aws_config::defaults(aws_config::BehaviorVersion::latest())
        // Lambda gives a function its region and credentials in the
        // environment (the scripts do the same for moto). The default chains
        // would first build clients for STS and IMDS that are never used: a
        // quarter of init's instructions.
        .region(EnvironmentVariableRegionProvider::new())
        .credentials_provider(EnvironmentVariableCredentialsProvider::new())
        .http_client(https)
        .load()
        .await
}

#[cfg(test)]
mod tests {
    use super::*;
    use rustls_pki_types::CertificateDer;
    use rustls_pki_types::pem::PemObject;

    #[test]
    fn our_own_tls_clients_trust_the_same_five_roots() {
        assert_eq!(amazon_roots().len(), 5);
    }

    #[test]
    fn the_built_in_roots_are_five_certificates_that_parse() {
        // The SDK parses them when it builds a client, and panics on a bad one.
        let roots = CertificateDer::pem_slice_iter(AMAZON_ROOTS.as_bytes())
            .collect::<Result<Vec<_>, _>>()
            .expect("every block is a PEM certificate");
        assert_eq!(roots.len(), 5);
        let mut store = rustls::RootCertStore::empty();
        assert_eq!(store.add_parsable_certificates(roots), (5, 0));
    }
}
