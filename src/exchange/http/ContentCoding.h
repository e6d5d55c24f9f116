#pragma once

#include "core/Result.h"
#include "exchange/ApiTypes.h"

#include <QByteArray>
#include <QByteArrayView>

namespace ow::exchange::http {

// The exchange's side of compressed bodies (docs/protocol.md, "Compression"), with the protocol's
// one codec (protocol::gzip): what a request's Content-Encoding is, its body inflated within the
// endpoint's limit, and an answer compressed for a caller that accepts gzip.
namespace coding {

enum class RequestCoding
{
    Identity,   // no Content-Encoding, or `identity`
    Gzip,       // `gzip` (or its alias `x-gzip`)
    Unsupported // anything else, stacked codings included: refused from the head (415)
};

// The coding of a request from its Content-Encoding field(s): `fields` is how many the head has
// (more than one is a stacked coding).
RequestCoding ofRequest(QByteArrayView contentEncoding, qsizetype fields);

// A gzip body inflated to at most `limit` bytes (the endpoint's body limit, the same as for a body
// sent as it is), or the answer refusing it: 413 request.too_large past the limit (a decompression
// bomb stops there), 400 request.malformed_encoding when it is not one whole gzip member.
Result<QByteArray, ApiResponse> inflateBody(QByteArrayView body, qsizetype limit);

// Makes a successful answer's body its bytes (serialised here, on the worker, rather than on the
// event loop) and compresses a JSON one of protocol::gzip::WorthFrom bytes or more when the caller
// accepts gzip, saying so in Content-Encoding. Error answers (small, completed with the request's
// id on the connection) and answers of another type (a scan: a JPEG or a PDF) stay as they are.
void encodeAnswer(ApiResponse &answer, bool acceptsGzip);

} // namespace coding

} // namespace ow::exchange::http
