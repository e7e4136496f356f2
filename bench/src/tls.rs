//! TLS in front of moto, as DynamoDB and SES are reached on AWS: a
//! certificate authority made for each run (rcgen), and terminators on
//! loopback (rustls on aws-lc, as the functions' client) that hand the
//! plain bytes on to a server here. The functions trust that authority only
//! in the bench's builds (`shared`'s `bench` feature, `ROSTER_BENCH_CA`).

use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer, ServerName};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tokio::net::{TcpListener, TcpStream};

/// The authority and the one server certificate it signed: for 127.0.0.1,
/// where every terminator listens.
pub struct Authority {
    /// The authority's certificate in PEM, for `ROSTER_BENCH_CA`.
    pub pem_path: PathBuf,
    server: Arc<rustls::ServerConfig>,
}

fn provider() -> Arc<rustls::crypto::CryptoProvider> {
    Arc::new(rustls::crypto::aws_lc_rs::default_provider())
}

impl Authority {
    /// A fresh authority, its certificate written into `dir`.
    pub fn new(dir: &Path) -> Authority {
        use rcgen::{
            BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, KeyPair,
            KeyUsagePurpose, SanType,
        };
        let ca_key = KeyPair::generate().expect("a key for the authority");
        let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
        ca_params
            .distinguished_name
            .push(DnType::CommonName, "Roster bench authority");
        ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        ca_params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
        let ca = ca_params
            .self_signed(&ca_key)
            .expect("the authority signs itself");
        let key = KeyPair::generate().expect("a key for the server");
        let mut params = CertificateParams::new(vec!["localhost".to_owned()]).unwrap();
        params
            .subject_alt_names
            .push(SanType::IpAddress([127, 0, 0, 1].into()));
        params
            .distinguished_name
            .push(DnType::CommonName, "127.0.0.1");
        params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
        let cert = params
            .signed_by(&key, &ca, &ca_key)
            .expect("the authority signs the server's certificate");
        std::fs::create_dir_all(dir).unwrap();
        let pem_path = dir.join("bench-ca.pem");
        std::fs::write(&pem_path, ca.pem()).expect("cannot write the authority's certificate");
        let chain = vec![cert.der().clone(), ca.der().clone()];
        let private = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der()));
        let server = rustls::ServerConfig::builder_with_provider(provider())
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(chain, private)
            .expect("the server's certificate and key");
        Authority {
            pem_path,
            server: Arc::new(server),
        }
    }

    /// A terminator on 127.0.0.1 that hands each connection's plain bytes to
    /// `backend`, on a thread of its own (the bench's runtime times the
    /// functions). Returns where it listens.
    pub fn terminate(&self, backend: SocketAddr) -> SocketAddr {
        let acceptor = tokio_rustls::TlsAcceptor::from(self.server.clone());
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        listener.set_nonblocking(true).unwrap();
        std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(async move {
                let listener = TcpListener::from_std(listener).unwrap();
                while let Ok((client, _)) = listener.accept().await {
                    let acceptor = acceptor.clone();
                    tokio::spawn(async move {
                        // Small requests and answers: Nagle's delay would
                        // be most of a request's time on loopback.
                        let _ = client.set_nodelay(true);
                        let Ok(mut tls) = acceptor.accept(client).await else {
                            return;
                        };
                        let Ok(mut plain) = TcpStream::connect(backend).await else {
                            return;
                        };
                        let _ = plain.set_nodelay(true);
                        let _ = tokio::io::copy_bidirectional(&mut tls, &mut plain).await;
                    });
                }
            });
        });
        addr
    }
}

/// One TLS handshake with the terminator at `addr`, and the group and suite
/// it agreed. Not inlined: callgrind counts what runs inside it
/// (`--toggle-collect`).
#[inline(never)]
pub fn handshake(
    rt: &tokio::runtime::Runtime,
    client: Arc<rustls::ClientConfig>,
    addr: SocketAddr,
) -> String {
    rt.block_on(async {
        let tcp = TcpStream::connect(addr).await.expect("the terminator");
        tcp.set_nodelay(true).unwrap();
        let name = ServerName::IpAddress(addr.ip().into());
        let tls = tokio_rustls::TlsConnector::from(client)
            .connect(name, tcp)
            .await
            .expect("a TLS handshake with the terminator");
        let (_, session) = tls.get_ref();
        format!(
            "{:?}, {:?}",
            session.negotiated_key_exchange_group().map(|g| g.name()),
            session.negotiated_cipher_suite().map(|s| s.suite())
        )
    })
}

/// `roster-bench handshake ADDR CA N`: N handshakes with the terminator at
/// ADDR, trusting the PEM certificate CA, under callgrind (`crate::coldstart`);
/// prints what the last agreed.
pub fn main(args: &[String]) {
    let [addr, ca, n] = args else {
        panic!("roster-bench handshake ADDR CA N");
    };
    let addr: SocketAddr = addr.parse().expect("ADDR");
    let n: usize = n.parse().expect("N");
    let pem = std::fs::read(ca).expect("CA");
    let mut roots = rustls::RootCertStore::empty();
    use rustls::pki_types::pem::PemObject;
    for cert in CertificateDer::pem_slice_iter(&pem) {
        roots.add(cert.expect("a PEM certificate")).unwrap();
    }
    // As the functions' client: rustls on aws-lc, its default versions.
    let client = Arc::new(
        rustls::ClientConfig::builder_with_provider(provider())
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_root_certificates(roots)
            .with_no_client_auth(),
    );
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let mut agreed = String::new();
    for _ in 0..n {
        agreed = handshake(&rt, client.clone(), addr);
    }
    println!("{agreed}");
}
