#pragma once

#include "security/LicenceSeal.h"

#include <QDate>
#include <QDialog>

#include <functional>
#include <optional>

class QFormLayout;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace ow::ui {

// Checks a business licence offline, as a clerk does when an applicant hands one over: the text of
// its QR code pasted (or typed by a scanner), or its PDF opened (licence::QrCodeReader reads the QR
// codes of the pages), verified with the registry CA's certificate this workstation trusts for the
// exchange (security::LicenceSeal::verify). Shows the verdict big and coloured, exactly why, and what
// the licence says. Revocations are known as of the last sync (the enterprise cache holds each
// registered enterprise's status, which the exchange's change feed brings).
class VerifyLicenceDialog : public QDialog
{
    Q_OBJECT
public:
    // `caBundlePath`: the registry CA's certificate(s) (sync::ExchangeSettings::caBundlePath); empty
    // when none is set up, which the dialog says, with where to set it.
    explicit VerifyLicenceDialog(const QString &caBundlePath, QWidget *parent = nullptr);

    // A licence revoked by the registry: since when, and the decision (number and basis).
    struct Revocation
    {
        QDate since;
        QString decision;
    };
    // Where the dialog learns whether the licence of a credit code was revoked (the enterprise
    // cache); none: revocations are not known, and the dialog judges the signature alone.
    using RevocationLookup = std::function<std::optional<Revocation>(const QString &creditCode)>;
    void setRevocations(RevocationLookup lookup) { m_revocations = std::move(lookup); }

    QPlainTextEdit *qrTextEdit() const { return m_text; }
    QPushButton *openPdfButton() const { return m_openPdf; }
    // The verdict on screen; none while there is nothing to check or it could not be checked.
    std::optional<security::SealCheck::Verdict> verdict() const { return m_verdict; }
    // The headline on screen (有效, 已被篡改 … or 无法核验), and the sentence saying exactly why.
    QString headline() const;
    QString reason() const;

    // The verdict's headline, as the dialog shows it: "Valid", "Provisional (not confirmed)" …
    static QString verdictHeadline(security::SealCheck::Verdict verdict);

public slots:
    // Reads the QR codes of the PDF at `path`, puts the first into the text box and checks it.
    void openPdf(const QString &path);
    // Checks the text in the box now (it is also checked a moment after it changes).
    void verifyNow();

private:
    void buildInput();
    void buildVerdict();
    void buildEssentials();
    void loadCa(const QString &caBundlePath);
    void choosePdf();
    void showCheck(const security::SealCheck &check);
    void showProblem(const QString &message);
    void showEssentials(const security::SealCheck &check);
    void setBanner(const QString &headline, const QString &advice, const QString &colour);
    void clearResult();

    RevocationLookup m_revocations;
    QByteArray m_caPem;
    QString m_caProblem; // why there is no CA to check with, and what to do
    QString m_caPath;
    QString m_lastFolder; // of the last PDF opened
    std::optional<security::SealCheck::Verdict> m_verdict;

    QPlainTextEdit *m_text = nullptr;
    QPushButton *m_openPdf = nullptr;
    QLabel *m_source = nullptr; // where the text came from (a PDF's page)
    QTimer *m_debounce = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_advice = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_signer = nullptr;
    QGroupBox *m_essentialsBox = nullptr;
    QFormLayout *m_essentials = nullptr;
};

} // namespace ow::ui
