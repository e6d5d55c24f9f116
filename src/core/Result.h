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

// An expected-style result: a value or an Error, never an exception across the event loop.
template <typename T> class Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <> class Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace ow
