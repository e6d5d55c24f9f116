#pragma once

namespace ow::security {

// The signature of a licence's seal (docs/licence-signature.md). It follows the signer's key: an SM2
// key signs with SM3 and the SM2 distinguishing ID, a P-256 key with ECDSA over SHA-256.
enum class SealAlgorithm
{
    Sm2Sm3,          // GB/T 32918 with GB/T 32905: the algorithm of Chinese e-government (default)
    EcdsaP256Sha256, // FIPS 186-4 over P-256: the widely portable alternative
};

} // namespace ow::security
