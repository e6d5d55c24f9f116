#pragma once

// The order of a counter's pushes when it has two batches out at once (issue 8 §5; docs/protocol.md,
// "Two batches in flight"). The counter names each batch ("batch") and, on the second, the one it
// follows ("follows"); the two come on two connections, so either may reach the exchange first.
// A batch that follows another is applied only once that one committed:
//   - committed already: applied at once;
//   - not yet ended (on the wire still, decoded, written or waiting for the writers' lock): the
//     writers' lock is let go until it ends, for the patience at most (ServerOptions::pushFollowMs);
//   - ended without committing (refused, rolled back), or not ended in time: refused as
//     push.out_of_order, nothing stored; the counter sends it again once it has the first one's
//     answer.
// A workstation has at most one batch waiting (a second is refused at once), so a name the exchange
// never hears of holds one worker of that workstation's for the patience at most. Nothing is stored:
// the last `Remembered` batches that ended are kept, by workstation and batch id, in memory (after a
// restart, a batch that follows one from before is refused the same way).

#include <QHash>
#include <QSet>
#include <QString>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>

namespace ow::exchange {

class PushOrder
{
public:
    static constexpr int Remembered = 1024;

    explicit PushOrder(std::chrono::milliseconds patience = std::chrono::seconds(10)) : m_patience(patience)
    {}

    // A named batch in the exchange's hands, until it commits or ends.
    class Turn
    {
    public:
        Turn() = default;
        Turn(Turn &&other) noexcept;
        Turn &operator=(Turn &&) = delete;
        Turn(const Turn &) = delete;
        ~Turn(); // ended without committing, unless committed() was called
        // Its transaction committed (call with the writers' lock still held).
        void committed();

    private:
        friend class PushOrder;
        Turn(PushOrder *order, QString key) : m_order(order), m_key(std::move(key)) {}
        PushOrder *m_order = nullptr;
        QString m_key;
    };

    // `batch` empty: an unnamed batch, which nothing can follow.
    Turn begin(const QString &workstation, const QString &batch);
    // Called with the writers' lock held in `writers`: true once batch `follows` of `workstation`
    // committed, letting the lock go while waiting for it; false when it ended without committing,
    // or did not end within the patience, or the workstation has a batch waiting already. The lock
    // is held again either way.
    bool follow(std::unique_lock<std::mutex> &writers, const QString &workstation, const QString &follows);

private:
    static QString keyOf(const QString &workstation, const QString &batch);
    void end(const QString &key, bool committed);

    const std::chrono::milliseconds m_patience;
    std::mutex m_lock; // taken after the writers' lock, never before it
    std::condition_variable m_ended;
    QHash<QString, bool> m_outcomes;    // by key: whether the batch committed
    std::deque<QString> m_outcomeOrder; // the oldest first, for forgetting
    QSet<QString> m_waiting;            // workstations with a batch waiting
};

} // namespace ow::exchange
