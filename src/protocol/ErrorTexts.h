#pragma once

#include "ErrorCodes.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <span>

namespace ow::protocol {

// What a code asks of the one who gets it.
enum class ErrorClass
{
    SignIn,      // the person must act: wrong password, disabled or locked account, another authority
    Session,     // the session is gone: refresh, else sign in again
    Certificate, // the workstation's certificate is refused: an administrator must act
    Refused,     // this request will not succeed as it is
    Server,      // the exchange cannot answer now: try again later
    Event,       // one pushed event's answer (its result's `error.code`)
};

struct ErrorSpec
{
    errors::Code code;
    ErrorClass errorClass;
    // The client's own text for the code, in English (translated in the context ProtocolErrors);
    // nullptr where the client shows a text of its own making (by HTTP status, or the exchange's
    // message of a pushed event). "%1", where present, is the code.
    const char *message;
};

// Every error code of the wire, once, with the client's translated text for those it shows.
class ProtocolErrors
{
    Q_DECLARE_TR_FUNCTIONS(ProtocolErrors)
public:
    static std::span<const ErrorSpec> table();
    // The row of `code`, or nullptr for a code the protocol does not define.
    static const ErrorSpec *find(QStringView code);
    // The translated text the client shows for `code`; empty when it shows none of its own.
    static QString message(QStringView code);
};

} // namespace ow::protocol
