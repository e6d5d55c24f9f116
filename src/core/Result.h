#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace ow {

// A failure with a stable machine-readable code and a message in the user's language.
struct Error
{
    QString code;    // e.g. "workflow.four_eyes", "storage.locked"
    QString message; // translated, says what is wrong and what to do
    QString field;   // form field path when the error is about one field, else empty
};

// An expected-style result: a value or an error, never an exception across the event loop. The
// error is an Error everywhere but in the client's sync engine, whose failures carry more for the
// support desk (sync::SyncError: request id, HTTP status, retryable): Result<T, SyncError>.
template <typename T, typename E = Error> class Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(E error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const E &error() const { return std::get<E>(m_data); }

private:
    std::variant<T, E> m_data;
};

template <typename E> class Result<void, E>
{
public:
    Result() = default;
    Result(E error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const E &error() const { return *m_error; }

private:
    std::optional<E> m_error;
};

} // namespace ow
