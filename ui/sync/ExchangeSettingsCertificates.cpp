// ExchangeSettingsDialog: choosing and reading the registry CA bundle and the workstation's
// PKCS#12 certificate, and what the dialog says about them (subject, issuer, validity, chain).
#include "sync/SecretStore.h"
#include "ui/sync/ExchangeSettingsDialog.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QSslCertificateExtension>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ow::ui {

namespace {

QString day(const QDateTime &t)
{
    return t.toLocalTime().toString(u"yyyy-MM-dd"_s);
}

// "CN, O" of a certificate's subject or issuer.
QString names(const QStringList &commonName, const QStringList &organisation)
{
    QStringList parts;
    if (!commonName.isEmpty())
        parts << commonName.join(u", "_s);
    if (!organisation.isEmpty())
        parts << organisation.join(u", "_s);
    return parts.join(u" · "_s);
}

QString subjectOf(const QSslCertificate &c)
{
    return names(c.subjectInfo(QSslCertificate::CommonName), c.subjectInfo(QSslCertificate::Organization));
}

QString issuerOf(const QSslCertificate &c)
{
    return names(c.issuerInfo(QSslCertificate::CommonName), c.issuerInfo(QSslCertificate::Organization));
}

// The first bytes of the SHA-256 fingerprint, as administrators compare them.
QString shortFingerprint(const QSslCertificate &c)
{
    const QByteArray digest = c.digest(QCryptographicHash::Sha256).left(8).toHex(':').toUpper();
    return QString::fromLatin1(digest) + u"…"_s;
}

// The key identifier of an extension's value, as lowercase hex without separators.
QByteArray keyId(const QVariant &value)
{
    const QVariant id = value.typeId() == QMetaType::QVariantMap ? value.toMap().value(u"keyid"_s) : value;
    return id.toByteArray().replace(':', QByteArray()).toLower();
}

// Whether `ca` issued `c`: the authority key identifier of `c` is the CA's subject key
// identifier (the registry's CAs of different exchanges share their name); without those
// extensions, the names.
bool issuedBy(const QSslCertificate &c, const QSslCertificate &ca)
{
    QByteArray authorityKey;
    QByteArray subjectKey;
    for (const QSslCertificateExtension &e : c.extensions()) {
        if (e.name() == u"authorityKeyIdentifier"_s)
            authorityKey = keyId(e.value());
    }
    for (const QSslCertificateExtension &e : ca.extensions()) {
        if (e.name() == u"subjectKeyIdentifier"_s)
            subjectKey = keyId(e.value());
    }
    if (!authorityKey.isEmpty() && !subjectKey.isEmpty())
        return authorityKey == subjectKey;
    return ca.subjectInfo(QSslCertificate::CommonName) == c.issuerInfo(QSslCertificate::CommonName) &&
           ca.subjectInfo(QSslCertificate::Organization) == c.issuerInfo(QSslCertificate::Organization);
}

} // namespace

void ExchangeSettingsDialog::chooseCaBundle()
{
    const QString start = m_caPath->text().isEmpty() ? QDir::homePath() : QFileInfo(m_caPath->text()).path();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the registry CA bundle"), start,
                                                      tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (path.isEmpty())
        return;
    m_caPath->setText(QDir::toNativeSeparators(path));
    loadCaBundle(true);
}

void ExchangeSettingsDialog::chooseCertificate()
{
    const QString start =
        m_p12Path->text().isEmpty() ? QDir::homePath() : QFileInfo(m_p12Path->text()).path();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose the workstation certificate"), start,
                                     tr("PKCS#12 certificates (*.p12 *.pfx);;All files (*)"));
    if (path.isEmpty())
        return;
    m_p12Path->setText(QDir::toNativeSeparators(path));
    m_passphrase->clear();
    m_passphrase->setFocus();
}

bool ExchangeSettingsDialog::loadCaBundle(bool reportMissing)
{
    const QString path = QDir::fromNativeSeparators(m_caPath->text().trimmed());
    m_ca.clear();
    m_caLoadedFrom = path;
    if (path.isEmpty()) {
        setStatus(m_caInfo, reportMissing ? tr("Choose the registry's CA bundle.") : QString(),
                  reportMissing);
        return false;
    }
    auto ca = sync::TlsSetup::loadCaBundle(path);
    if (!ca) {
        setStatus(m_caInfo, ca.error().message, true);
        return false;
    }
    m_ca = ca.value();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList lines;
    bool problem = false;
    for (const QSslCertificate &c : std::as_const(m_ca)) {
        if (c.expiryDate() < now) {
            problem = true;
            lines << tr("%1 — expired on %2. Ask the registry for its current CA certificate.")
                         .arg(subjectOf(c), day(c.expiryDate()));
        } else if (c.effectiveDate() > now) {
            problem = true;
            lines << tr("%1 — valid only from %2. Check this computer's date and time.")
                         .arg(subjectOf(c), day(c.effectiveDate()));
        } else {
            lines << tr("%1 — valid until %2 (SHA-256 %3)")
                         .arg(subjectOf(c), day(c.expiryDate()), shortFingerprint(c));
        }
    }
    if (problem)
        m_ca.clear();
    setStatus(m_caInfo, lines.join(u'\n'), problem);
    return !problem;
}

bool ExchangeSettingsDialog::importCertificate()
{
    const QString path = QDir::fromNativeSeparators(m_p12Path->text().trimmed());
    if (path.isEmpty()) {
        showCertificateError(tr("Choose the PKCS#12 file issued for this workstation."));
        m_p12Path->setFocus();
        return false;
    }
    // Called with an identity already open (the stored one): only show it. Otherwise import.
    const bool fresh = !(m_identity && m_identityPath == path && m_passphrase->text().isEmpty());
    if (fresh) {
        const QByteArray passphrase = m_passphrase->text().toUtf8();
        auto identity = sync::TlsSetup::importPkcs12(path, passphrase);
        if (!identity) {
            showCertificateError(identity.error().message);
            if (identity.error().code == u"tls.p12_wrong_passphrase"_s) {
                m_passphrase->selectAll();
                m_passphrase->setFocus();
            } else {
                m_p12Path->setFocus();
            }
            return false;
        }
        m_identity = identity.value();
        m_identityPath = path;
        m_identityPassphrase = passphrase;
        m_passphraseChanged = true;
        m_passphrase->clear();
    }

    const QSslCertificate &c = m_identity->certificate;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString code = m_identity->commonName();
    const QStringList unit = c.subjectInfo(QSslCertificate::OrganizationalUnitName);
    if (c.expiryDate() < now) {
        showCertificateError(tr("The certificate of workstation %1 expired on %2. Ask the administrator to "
                                "enrol this workstation again.")
                                 .arg(code, day(c.expiryDate())));
        return false;
    }
    if (c.effectiveDate() > now) {
        showCertificateError(tr("The certificate of workstation %1 is valid only from %2. Check this "
                                "computer's date and time.")
                                 .arg(code, day(c.effectiveDate())));
        return false;
    }
    if (!unit.isEmpty() && !unit.contains(u"workstation"_s)) {
        showCertificateError(tr("This is not a workstation certificate (it is issued to \"%1\", %2). Import "
                                "the PKCS#12 file issued for this workstation.")
                                 .arg(code, unit.join(u", "_s)));
        return false;
    }

    QString text = tr("Workstation <b>%1</b><br>Issued by: %2<br>Valid from %3 to %4")
                       .arg(code.toHtmlEscaped(), issuerOf(c).toHtmlEscaped(), day(c.effectiveDate()),
                            day(c.expiryDate()));
    if (c.expiryDate() < now.addDays(30)) {
        text += u"<br>"_s + tr("Expires in %n day(s): ask the administrator for a new certificate.", nullptr,
                               int(now.daysTo(c.expiryDate())));
    }
    // A certificate from another registry works nowhere: say so now rather than at the exchange.
    if (!m_ca.isEmpty()) {
        bool fromThisCa = false;
        for (const QSslCertificate &ca : std::as_const(m_ca))
            fromThisCa = fromThisCa || issuedBy(c, ca);
        if (!fromThisCa) {
            text += u"<br><span style=\"color:#b3261e\">"_s +
                    tr("Warning: this certificate was not issued by the CA chosen above; the exchange "
                       "will refuse it.")
                        .toHtmlEscaped() +
                    u"</span>"_s;
        }
    }
    m_certificateInfo->setTextFormat(Qt::RichText);
    setStatus(m_certificateInfo, text, false);
    return true;
}

} // namespace ow::ui
