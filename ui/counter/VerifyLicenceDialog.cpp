#include "ui/counter/VerifyLicenceDialog.h"

#include "licence/QrCodeReader.h"
#include "sync/ExchangeSettings.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSet>
#include <QTimer>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcVerifyLicence, "onewindow.ui.verifylicence")

namespace ow::ui {
namespace {

using security::SealCheck;
using Verdict = security::SealCheck::Verdict;

const QString Green = QStringLiteral("#2e7d32");
const QString Red = QStringLiteral("#c62828");
const QString Amber = QStringLiteral("#a35f00"); // dark enough for white text

QString colourOf(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return Green;
    case Verdict::Provisional:
    case Verdict::Malformed:
        return Amber;
    case Verdict::Altered:
    case Verdict::UnknownKey:
    case Verdict::Revoked:
        break;
    }
    return Red;
}

// What the clerk does with a licence of this verdict.
QString adviceOf(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return VerifyLicenceDialog::tr(
            "Genuine and unchanged. Check that the paper shows what is listed below.");
    case Verdict::Provisional:
        return VerifyLicenceDialog::tr("Genuine, but printed during an outage and not yet confirmed by the "
                                       "registration authority: it counts once it is reissued confirmed.");
    case Verdict::Altered:
        return VerifyLicenceDialog::tr(
            "Do not accept it: the licence's data or its signature was changed after it was signed.");
    case Verdict::UnknownKey:
        return VerifyLicenceDialog::tr("Do not accept it: it was not signed by this registry's authority. A "
                                       "licence of another registry is checked there.");
    case Verdict::Revoked:
        return VerifyLicenceDialog::tr(
            "Do not accept it: the licence, or the certificate that signed it, has been revoked.");
    case Verdict::Malformed:
        break;
    }
    return VerifyLicenceDialog::tr(
        "This is not a licence's QR code. Scan it again, or paste the whole text of the licence's QR code.");
}

// Who signed, for IT; the reason already names the authority, so then only its certificate's serial.
QString signerText(const SealCheck &check)
{
    if (check.signerSubject.isEmpty())
        return QString();
    if (check.reason.contains(check.signerSubject))
        return VerifyLicenceDialog::tr("Certificate serial %1").arg(check.signerSerial);
    return VerifyLicenceDialog::tr("Signer: %1 (certificate serial %2, %3)")
        .arg(check.signerSubject, check.signerSerial, security::LicenceSeal::algorithmName(check.algorithm));
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

VerifyLicenceDialog::VerifyLicenceDialog(const QString &caBundlePath, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("verifyLicenceDialog"));
    setWindowTitle(tr("Verify a business licence"));
    new QVBoxLayout(this);
    buildInput();
    buildVerdict();
    buildEssentials();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout()->addWidget(buttons);
    setTabOrder(m_text, m_openPdf);
    setTabOrder(m_openPdf, buttons->button(QDialogButtonBox::Close));

    loadCa(caBundlePath);
    clearResult();
    const QSize wanted(760, 620); // within a 1366×768 counter screen, the essentials shown
    resize(screen() ? wanted.boundedTo(screen()->availableGeometry().size() * 0.92) : wanted);
    m_text->setFocus();
}

void VerifyLicenceDialog::buildInput()
{
    auto *prompt =
        new QLabel(tr("&Paste the text of the licence's QR code (a scanner types it here), or open "
                      "the licence's PDF. It is checked at once, offline."),
                   this);
    prompt->setWordWrap(true);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("qrText"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(QStringLiteral("https://…#OWL1.…"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 4 + 12);
    prompt->setBuddy(m_text);
    m_openPdf = new QPushButton(tr("&Open PDF…"), this);
    m_openPdf->setObjectName(QStringLiteral("openPdf"));
    m_openPdf->setShortcut(QKeySequence::Open);
    m_openPdf->setToolTip(tr("Read the QR code from a licence's PDF (Ctrl+O)"));
    m_openPdf->setAutoDefault(false);
    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("qrSource"));
    m_source->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_openPdf);
    row->addWidget(m_source, 1);
    auto *layout = qobject_cast<QVBoxLayout *>(this->layout());
    layout->addWidget(prompt);
    layout->addWidget(m_text);
    layout->addLayout(row);

    // A scanner types the text a character at a time: checked once it pauses.
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &VerifyLicenceDialog::verifyNow);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        m_source->clear();
        m_debounce->start();
    });
    connect(m_openPdf, &QPushButton::clicked, this, &VerifyLicenceDialog::choosePdf);
}

void VerifyLicenceDialog::buildVerdict()
{
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("verdict"));
    m_headline->setAlignment(Qt::AlignCenter);
    m_advice = new QLabel(this);
    m_advice->setObjectName(QStringLiteral("verdictAdvice"));
    m_advice->setWordWrap(true);
    QFont bold = m_advice->font();
    bold.setBold(true);
    m_advice->setFont(bold);
    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("verdictReason"));
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_signer = new QLabel(this);
    m_signer->setObjectName(QStringLiteral("verdictSigner"));
    m_signer->setWordWrap(true);
    m_signer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_signer->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto *layout = qobject_cast<QVBoxLayout *>(this->layout());
    layout->addSpacing(6);
    layout->addWidget(m_headline);
    layout->addWidget(m_advice);
    layout->addWidget(m_reason);
    layout->addWidget(m_signer);
}

void VerifyLicenceDialog::buildEssentials()
{
    m_essentialsBox = new QGroupBox(this);
    m_essentialsBox->setObjectName(QStringLiteral("licenceSays"));
    m_essentials = new QFormLayout(m_essentialsBox);
    m_essentials->setLabelAlignment(Qt::AlignRight);
    auto *layout = qobject_cast<QVBoxLayout *>(this->layout());
    layout->addWidget(m_essentialsBox);
    layout->addStretch(1);
    auto *note =
        new QLabel(tr("Checked at this workstation with the registry CA's certificate alone. Revoked "
                      "licences are not known here: the public lookup knows them."),
                   this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(note);
}

void VerifyLicenceDialog::loadCa(const QString &caBundlePath)
{
    m_caPath = caBundlePath;
    if (caBundlePath.isEmpty()) {
        m_caProblem = tr("No registry CA certificate is set up at this workstation, so no licence can be "
                         "checked. Choose it in Case → Exchange connection… (the file ca.crt from the "
                         "exchange's administrator).");
        return;
    }
    const auto certificates = sync::TlsSetup::loadCaBundle(caBundlePath);
    if (!certificates) {
        m_caProblem = certificates.error().message;
        return;
    }
    for (const QSslCertificate &certificate : certificates.value())
        m_caPem += certificate.toPem();
}

QString VerifyLicenceDialog::headline() const
{
    return m_headline->isHidden() ? QString() : m_headline->text();
}

QString VerifyLicenceDialog::reason() const
{
    return m_reason->text();
}

QString VerifyLicenceDialog::verdictHeadline(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return tr("Valid");
    case Verdict::Provisional:
        return tr("Provisional (not confirmed)");
    case Verdict::Altered:
        return tr("Altered");
    case Verdict::UnknownKey:
        return tr("Unknown signing key");
    case Verdict::Revoked:
        return tr("Revoked");
    case Verdict::Malformed:
        break;
    }
    return tr("Not recognised");
}

void VerifyLicenceDialog::choosePdf()
{
    auto *dialog = new QFileDialog(this, tr("Open a licence's PDF"),
                                   m_lastFolder.isEmpty() ? QDir::homePath() : m_lastFolder,
                                   tr("PDF files (*.pdf);;All files (*)"));
    dialog->setObjectName(QStringLiteral("openLicencePdf"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &VerifyLicenceDialog::openPdf);
    dialog->open();
}

void VerifyLicenceDialog::openPdf(const QString &path)
{
    m_lastFolder = QFileInfo(path).absolutePath();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<QList<licence::FoundQrCode>> found = licence::QrCodeReader::readPdf(path);
    QApplication::restoreOverrideCursor();
    const QString name = QFileInfo(path).fileName();
    if (!found) {
        m_source->setText(name);
        showProblem(found.error().message);
        return;
    }
    const licence::FoundQrCode &first = found.value().first();
    QSet<QByteArray> distinct;
    for (const licence::FoundQrCode &code : found.value())
        distinct.insert(code.bytes);
    {
        const QSignalBlocker quiet(m_text); // not a change by hand: checked right away
        m_text->setPlainText(QString::fromUtf8(first.bytes));
    }
    m_debounce->stop();
    verifyNow();
    if (distinct.size() == 1) {
        m_source->setStyleSheet(QString());
        m_source->setText(tr("Read from the QR code on page %1 of %2.").arg(first.page + 1).arg(name));
    } else {
        m_source->setStyleSheet(QStringLiteral("color: %1;").arg(Amber));
        m_source->setText(
            tr("%1 holds %2 different QR codes; the one on page %3 is checked. Every page of one "
               "licence carries the same code: ask where the other pages come from.")
                .arg(name)
                .arg(distinct.size())
                .arg(first.page + 1));
    }
}

void VerifyLicenceDialog::verifyNow()
{
    m_debounce->stop();
    const QByteArray text = m_text->toPlainText().trimmed().toUtf8(); // a scanner's line end, say
    if (text.isEmpty()) {
        clearResult();
        return;
    }
    if (m_caPem.isEmpty()) {
        showProblem(m_caProblem);
        return;
    }
    // Whether the registry revoked it, as this workstation last heard from the exchange.
    QSet<QString> revoked;
    std::optional<Revocation> revocation;
    if (const auto essentials = security::LicenceSeal::peek(text); essentials && m_revocations) {
        revocation = m_revocations(essentials.value().creditCode);
        if (revocation)
            revoked.insert(essentials.value().creditCode);
    }
    SealCheck check = security::LicenceSeal::verify(text, m_caPem, revoked);
    if (check.verdict == Verdict::Revoked && revocation) {
        check.reason +=
            QLatin1Char(' ') +
            tr("Revoked on %1: %2")
                .arg(QLocale().toString(revocation->since, QLocale::LongFormat), revocation->decision);
    }
    showCheck(check);
}

void VerifyLicenceDialog::showCheck(const SealCheck &check)
{
    m_verdict = check.verdict;
    setBanner(verdictHeadline(check.verdict), adviceOf(check.verdict), colourOf(check.verdict));
    m_reason->setText(check.reason);
    m_signer->setText(signerText(check));
    m_signer->setVisible(!check.signerSubject.isEmpty());
    showEssentials(check);
    qCInfo(lcVerifyLicence).noquote() << "licence" << check.essentials.creditCode
                                      << "checked:" << security::LicenceSeal::verdictName(check.verdict);
}

void VerifyLicenceDialog::showProblem(const QString &message)
{
    m_verdict.reset();
    setBanner(tr("Cannot check"), QString(), Amber);
    m_reason->setText(message);
    m_signer->hide();
    m_essentialsBox->hide();
    qCInfo(lcVerifyLicence).noquote() << "cannot check:" << message;
}

void VerifyLicenceDialog::showEssentials(const SealCheck &check)
{
    while (m_essentials->rowCount() > 0)
        m_essentials->removeRow(0);
    const security::LicenceEssentials &e = check.essentials;
    m_essentialsBox->setVisible(!e.creditCode.isEmpty());
    if (e.creditCode.isEmpty())
        return;
    const bool trusted = check.verdict == Verdict::Valid || check.verdict == Verdict::Provisional ||
                         check.verdict == Verdict::Revoked;
    m_essentialsBox->setTitle(trusted ? tr("What the licence says")
                                      : tr("What it claims (not to be trusted)"));
    const auto row = [this](const QString &label, const QString &value, const QString &key) {
        auto *text = new QLabel(orDash(value), m_essentialsBox);
        text->setObjectName(QStringLiteral("says_") + key);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        m_essentials->addRow(label, text);
    };
    row(tr("Unified social credit code"), e.creditCode, QStringLiteral("creditCode"));
    row(tr("Name"), e.name, QStringLiteral("name"));
    row(tr("Entity type"), e.entityType, QStringLiteral("entityType"));
    row(tr("Legal representative"), e.legalRepresentative, QStringLiteral("legalRepresentative"));
    row(tr("Registered capital"), e.registeredCapital, QStringLiteral("registeredCapital"));
    row(tr("Established on"), dateText(e.establishedOn), QStringLiteral("establishedOn"));
    row(tr("Domicile"), e.domicile, QStringLiteral("domicile"));
    row(tr("Registration authority"), e.authorityName, QStringLiteral("authorityName"));
    row(tr("Issued on"), dateText(e.issuedOn), QStringLiteral("issuedOn"));
    row(tr("Sheet number"), e.sheetNumber, QStringLiteral("sheetNumber"));
    row(tr("Provisional"), e.provisional ? tr("yes") : tr("no"), QStringLiteral("provisional"));
}

void VerifyLicenceDialog::setBanner(const QString &headline, const QString &advice, const QString &colour)
{
    m_headline->setText(headline);
    m_headline->setAccessibleName(headline);
    m_headline->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; font-size: 22pt; "
                                             "font-weight: bold; padding: 8px 16px; border-radius: 4px; }")
                                  .arg(colour));
    m_headline->show();
    m_advice->setText(advice);
    m_advice->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
    m_advice->setVisible(!advice.isEmpty());
}

void VerifyLicenceDialog::clearResult()
{
    m_verdict.reset();
    m_signer->hide();
    m_essentialsBox->hide();
    m_advice->hide();
    if (!m_caProblem.isEmpty()) { // said before anything is pasted: the clerk can fix it first
        showProblem(m_caProblem);
        return;
    }
    m_headline->hide();
    m_reason->setText(
        tr("Checked with the registry CA's certificate %1.").arg(QDir::toNativeSeparators(m_caPath)));
}

} // namespace ow::ui
