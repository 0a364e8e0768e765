/** What a file must hold for the directive that names it. */
export type StandinKind = 'certificate' | 'key' | 'ca' | 'dhparam' | 'crl' | 'ocsp-response' | 'password' | 'ticket-key';
/** The key algorithm of a certificate/key pair. */
export type KeyAlgorithm = 'rsa' | 'ec';
export declare class StandinError extends Error {
}
/**
 * Makes stand-in material in `workDir` (a private directory of the sandbox) and hands out its bytes.
 * Each kind is generated once and shared: every stand-in certificate of one algorithm matches every
 * stand-in key of that algorithm, so any pairing a config makes loads.
 */
export declare class StandinFactory {
    private workDir;
    private openssl;
    private cache;
    constructor(workDir: string, openssl?: string);
    /**
     * The bytes of a stand-in of `kind`; `alg` picks the key algorithm for certificates and keys.
     * @throws StandinError when openssl is missing or fails (its message kept)
     */
    material(kind: StandinKind, alg?: KeyAlgorithm): Promise<Buffer>;
    private pair;
    private crl;
    /** A DER OCSP response about the stand-in certificate, signed by itself (nginx only parses it at -t). */
    private ocspResponse;
    private openssl_;
}
