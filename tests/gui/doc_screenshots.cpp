// The screenshots of docs/ from the current build, in the clerk's language (zh_CN):
//   doc_screenshots OUT_DIR      (scripts/screenshots.sh runs it under Xvfb and writes docs/)
// A fresh demo cache and a real exchange in this process (ExchangeFixture), so the status bar shows
// the counter online with online applications pulled. Not a test: it only takes the pictures.
#include "core/ResidentId.h"
#include "core/UsccCode.h"
#include "doc_statistics.h"
#include "exchange/CreditListAdmin.h"
#include "exchange/DemoApplications.h"
#include "exchange/ExchangePaths.h"
#include "exchange/LicenceSigner.h"
#include "storage/AccountStore.h"
#include "storage/CreditRecordCache.h"
#include "support/ExchangeFixture.h"
#include "translations/Translations.h"
#include "ui/common/DemoData.h"
#include "ui/common/ReasonDialog.h"
#include "ui/counter/CaseListModel.h"
#include "ui/counter/CreditRecordDialog.h"
#include "ui/counter/MainWindow.h"
#include "ui/counter/NoticeViewer.h"
#include "ui/counter/OneFormWidget.h"
#include "ui/counter/VerifyLicenceDialog.h"
#include "ui/review/StatisticsView.h"
#include "workbench/AppSettings.h"
#include "workbench/Workbench.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

using namespace ow;
using namespace Qt::StringLiterals;

namespace {

QString g_out;

bool save(QWidget *w, const QString &name)
{
    QTest::qWait(300); // layouts settle, the status bar's timers run
    QApplication::processEvents();
    const bool ok = w->grab().save(QDir(g_out).filePath(name));
    std::fprintf(stderr, "%s %s\n", ok ? "wrote" : "FAILED", qPrintable(name));
    return ok;
}

bool waitFor(QObject *sender, const char *signal, int ms = 20000)
{
    QSignalSpy spy(sender, signal);
    return spy.wait(ms);
}

storage::LocalAccount account(const sync::SessionInfo &s)
{
    storage::LocalAccount a;
    a.userId = s.userId;
    a.displayName = s.displayName;
    a.role = s.role == u"supervisor"_s ? core::Role::Supervisor : core::Role::Clerk;
    return a;
}

core::CaseRecord completeDraft(workbench::Workbench &wb, const storage::LocalAccount &clerk, quint32 seed,
                               bool materialsComplete)
{
    QRandomGenerator random(seed);
    core::CaseRecord r;
    r.state = core::CaseState::Draft;
    r.form = ui::DemoData::sampleLimitedCompany(random);
    r.form.authorityDivision = wb.authorityDivision();
    r.materials = exchange::DemoApplications::materials(r.form);
    for (int i = 0; i < r.materials.size(); ++i) {
        r.materials[i].status = materialsComplete || i % 2 == 0 ? core::MaterialStatus::OriginalSeen
                                                                : core::MaterialStatus::Missing;
    }
    core::TransitionRequest save;
    save.action = core::CaseAction::SaveDraft;
    save.actor = {clerk.userId, clerk.role, wb.settings.workstationCode()};
    const auto saved = wb.cases.perform(r, save);
    return saved ? saved.value() : r;
}

// A scanned page as a counter keeps it: the articles of association's first page (an A4 page at 100 dpi).
QString articlesScan(const QString &dir, const QString &company)
{
    QImage page(827, 1169, QImage::Format_RGB32);
    page.fill(QColor(0xfb, 0xfa, 0xf6));
    QPainter painter(&page);
    painter.setPen(Qt::black);
    QFont title(u"Noto Serif CJK SC"_s);
    title.setPixelSize(40);
    title.setBold(true);
    painter.setFont(title);
    painter.drawText(QRect(0, 110, 827, 60), Qt::AlignHCenter, company + u"章程"_s);
    QFont body(u"Noto Serif CJK SC"_s);
    body.setPixelSize(19);
    painter.setFont(body);
    const QStringList lines{
        u"第一章  总则"_s,
        u"第一条  为规范公司的组织和行为，维护公司、股东和债权人的合法权益，"_s,
        u"根据《中华人民共和国公司法》和有关法律、法规的规定，制定本章程。"_s,
        u"第二条  公司名称：%1。"_s.arg(company),
        u"第三条  公司住所：山西省太原市小店区。"_s,
        u"第二章  经营范围"_s,
        u"第四条  公司经营范围以登记机关核准的为准。"_s,
        u"第三章  注册资本及股东的出资方式、出资额、出资时间"_s,
        u"第五条  公司注册资本为人民币壹佰万元整。"_s,
        u"第六条  股东以货币方式出资，于公司成立之日起五年内缴足。"_s,
    };
    int y = 240;
    for (const QString &line : lines) {
        painter.drawText(QPoint(line.startsWith(u"第") && line.contains(u"章") ? 330 : 90, y), line);
        y += 48;
    }
    painter.setPen(QPen(QColor(0xc0, 0x20, 0x20), 4));
    painter.drawEllipse(QPoint(620, 1000), 90, 90); // the company's seal, as stamped on the copy
    painter.end();
    const QString path = QDir(dir).filePath(u"articles-scan.png"_s);
    return page.save(path) ? path : QString();
}

// Answers any modal dialog that opens (a question would stop the pictures): Discard or OK.
void dismissModals()
{
    auto *timer = new QTimer(qApp);
    QObject::connect(timer, &QTimer::timeout, [] {
        QWidget *modal = QApplication::activeModalWidget();
        // The notice viewer, the reason dialog and the credit record are pictured and closed by main().
        if (!modal || qobject_cast<ui::NoticeViewer *>(modal) || qobject_cast<ui::ReasonDialog *>(modal) ||
            qobject_cast<ui::CreditRecordDialog *>(modal))
            return;
        std::fprintf(stderr, "dismissing dialog: %s\n", qPrintable(modal->windowTitle()));
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            for (auto b : {QMessageBox::Discard, QMessageBox::Ok, QMessageBox::Yes, QMessageBox::Close}) {
                if (QAbstractButton *button = box->button(b)) {
                    button->click();
                    return;
                }
            }
        }
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
    });
    timer->start(250);
}

// A licence the exchange signed, pasted into the verification dialog: 有效, and what it says.
bool verifyLicenceShot(const test::ExchangeFixture &exchange, workbench::Workbench &wb)
{
    const auto signer = exchange::LicenceSigner::load(exchange::ExchangePaths(exchange.dir()));
    if (!signer)
        return false;
    QRandomGenerator random(11);
    core::CaseRecord licensed;
    licensed.form = ui::DemoData::sampleLimitedCompany(random);
    licensed.form.authorityDivision = wb.authorityDivision();
    licensed.state = core::CaseState::Licensed;
    licensed.licensedAt = QDateTime::currentDateTimeUtc();
    licensed.creditCode =
        core::UsccCode::compose(u'9', u'1', wb.authorityDivision(), core::UsccCode::serialBody(1207));
    const Result<QByteArray> sealed = signer.value()->seal(licensed);
    if (!sealed)
        return false;
    ui::VerifyLicenceDialog dialog(exchange.caBundlePath());
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog))
        return false;
    dialog.qrTextEdit()->setPlainText(QString::fromUtf8(sealed.value()));
    dialog.verifyNow();
    return dialog.verdict() == security::SealCheck::Verdict::Valid && save(&dialog, u"verify-licence.png"_s);
}

// What the food-licensing department pushed back about `e`: its licence and two penalties.
QList<core::CreditRecord> foodRecords(const storage::EnterpriseRecord &e, const QDate &today)
{
    const auto record = [&](core::CreditRecordKind kind, const QString &id, int daysAgo) {
        core::CreditRecord r;
        r.id = id;
        r.kind = kind;
        r.department = u"SX-FOOD"_s;
        r.departmentName = u"太原市小店区市场监督管理局（食品经营许可）"_s;
        r.creditCode = e.code;
        r.entityName = e.name;
        r.date = today.addDays(-daysAgo);
        return r;
    };
    core::CreditRecord licence = record(core::CreditRecordKind::Licence, u"L-1"_s, 630);
    licence.number = u"JY11401050023187"_s;
    licence.item = u"餐饮服务（热食类食品制售、冷食类食品制售）"_s;
    licence.validTo = licence.date.addYears(5).addDays(-1);
    core::CreditRecord penalty = record(core::CreditRecordKind::Penalty, u"P-7"_s, 96);
    penalty.number = u"并小市监罚〔2026〕87号"_s;
    penalty.facts = u"未按规定查验供货者的许可证和食品出厂检验合格证，未建立食品进货查验记录"_s;
    penalty.basis = u"《中华人民共和国食品安全法》第一百二十六条第一款第三项"_s;
    penalty.penalty = u"警告，罚款人民币五千元"_s;
    core::CreditRecord second = record(core::CreditRecordKind::Penalty, u"P-9"_s, 21);
    second.number = u"并小市监罚〔2026〕142号"_s;
    second.facts = u"超出许可范围从事冷食类食品制售"_s;
    second.basis = u"《中华人民共和国食品安全法》第一百二十二条第一款"_s;
    second.penalty = u"没收违法所得人民币二千三百元，罚款人民币一万元"_s;
    return {licence, penalty, second};
}

// Two entries of the abnormal operations list about `e`: one removed, one in force.
QList<core::CreditEntry> abnormalEntries(const storage::EnterpriseRecord &e, const QDate &today)
{
    core::CreditEntry removed;
    removed.id = u"7a3c1f0e-2b1d-5e4f-9a8b-1c2d3e4f5a60"_s;
    removed.list = core::CreditListKind::Abnormal;
    removed.subjectKind = core::CreditSubjectKind::Entity;
    removed.subject = e.code;
    removed.subjectName = e.name;
    removed.reason = u"未按规定期限公示年度报告"_s;
    removed.authority = u"太原市小店区市场监督管理局"_s;
    removed.basis = u"并小市监异〔2026〕12号"_s;
    removed.from = today.addDays(-150);
    removed.removedOn = today.addDays(-110);
    removed.removalReason = u"已补报年度报告并公示"_s;
    core::CreditEntry listed = removed;
    listed.id = u"7a3c1f0e-2b1d-5e4f-9a8b-1c2d3e4f5a61"_s;
    listed.reason = u"通过登记的住所或者经营场所无法联系"_s;
    listed.basis = u"并小市监异〔2026〕31号"_s;
    listed.from = today.addDays(-12);
    listed.removedOn = QDate();
    listed.removalReason.clear();
    return {removed, listed};
}

// A registered enterprise with departments' claims and records and two list entries (one removed),
// as a counter's cache holds them after a sync.
Result<QString> seedCreditRecord(workbench::Workbench &wb)
{
    const QDate today = core::ResidentId::chinaToday();
    storage::EnterpriseRecord e;
    e.code = core::UsccCode::compose(u'9', u'1', u"140105"_s, core::UsccCode::serialBody(2318));
    e.name = u"太原市晋味餐饮管理有限公司"_s;
    e.tradeName = u"晋味"_s;
    e.industry = u"餐饮管理"_s;
    e.authorityDivision = u"140105"_s;
    e.entityTypeId = u"llc_natural_multi"_s;
    e.legalRep = u"王晋生"_s;
    e.established = today.addDays(-640);
    e.formerNames = {{u"太原市晋味小吃有限公司"_s, today.addDays(-300)}};
    if (auto stored = wb.enterprises.upsert({e}); !stored)
        return stored.error();
    const auto claim = [&](const QString &code, const QString &name, int daysAgo) {
        return core::DepartmentClaim{code, name, e.code, e.name,
                                     QDateTime(today.addDays(-daysAgo), QTime(2, 30), Qt::UTC)};
    };
    const QList<core::DepartmentClaim> claims{
        claim(u"SX-TAX"_s, u"国家税务总局太原市小店区税务局"_s, 639),
        claim(u"SX-SI"_s, u"太原市小店区社会保险事业管理中心"_s, 638),
        claim(u"SX-STAT"_s, u"太原市小店区统计局"_s, 637),
        claim(u"SX-FOOD"_s, u"太原市小店区市场监督管理局（食品经营许可）"_s, 636),
    };
    const QList<core::CreditRecord> records = foodRecords(e, today);
    auto stored = wb.db->transaction([&]() -> Result<void> {
        QSqlDatabase db = wb.db->connection();
        for (const core::DepartmentClaim &c : claims) {
            if (auto done = storage::CreditRecordCache::storeClaim(db, c); !done)
                return done;
        }
        for (const core::CreditRecord &r : records) {
            if (auto done = storage::CreditRecordCache::storeRecord(db, r); !done)
                return done;
        }
        return {};
    });
    if (!stored)
        return stored.error();
    if (auto done = wb.creditLists.upsert(abnormalEntries(e, today)); !done)
        return done.error();
    return e.code;
}

// The credit record opened from the search (Enter on the code), on its penalties, and its report.
bool creditRecordShot(ui::MainWindow &window, workbench::Workbench &wb)
{
    const Result<QString> code = seedCreditRecord(wb);
    if (!code)
        return false;
    window.searchEdit()->setText(code.value());
    QTest::keyClick(window.searchEdit(), Qt::Key_Return);
    ui::CreditRecordDialog *dialog = nullptr;
    if (!QTest::qWaitFor(
            [&] { return (dialog = window.findChild<ui::CreditRecordDialog *>()) != nullptr; }) ||
        !QTest::qWaitForWindowExposed(dialog))
        return false;
    bool ok = save(dialog, u"credit-record-registration.png"_s);
    dialog->tabs()->setCurrentIndex(int(core::CreditCategory::Penalties));
    ok &= save(dialog, u"credit-record.png"_s);
    ok &= dialog->exportReport();
    const QString pdf = dialog->lastReportPath();
    if (auto *viewer = dialog->findChild<ui::NoticeViewer *>())
        viewer->close();
    dialog->close();
    window.searchEdit()->clear();
    const QString base = QDir(g_out).filePath(u"credit-report"_s);
    return ok && !pdf.isEmpty() &&
           QProcess::execute(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"72"_s, u"-singlefile"_s, pdf, base}) == 0;
}

} // namespace

// A case accepted with a scanned page, opened by the supervisor with the scans beside the form.
bool reviewWithScanShot(ui::MainWindow &window, workbench::Workbench &wb, const QString &dir)
{
    const storage::LocalAccount clerk = {u"clerk01"_s, u"张丽"_s, core::Role::Clerk, {}};
    core::CaseRecord draft = completeDraft(wb, clerk, 11, true);
    const QString scan = articlesScan(dir, draft.form.proposedName);
    const Result<QString> added =
        scan.isEmpty() ? Result<QString>(Error{}) : wb.attachments.add(scan, draft.id);
    if (!added)
        return false;
    for (core::MaterialItem &m : draft.materials) {
        if (m.title.contains(u"章程"_s)) {
            m.status = core::MaterialStatus::Scanned;
            m.attachments = {added.value()};
        }
    }
    core::TransitionRequest accept;
    accept.action = core::CaseAction::Accept;
    accept.actor = {clerk.userId, clerk.role, wb.settings.workstationCode()};
    const auto accepted = wb.cases.perform(draft, accept);
    if (!accepted)
        return false;
    if (auto *model = qobject_cast<ui::CaseListModel *>(window.caseView()->model())) {
        model->reload(); // accepted here, not through the window
        window.caseView()->selectRow(model->rowOf(accepted.value().id));
    }
    window.openCase(accepted.value().id);
    if (auto *dock = window.findChild<QDockWidget *>(u"scansDock"_s)) {
        dock->show();
        dock->raise();
    }
    QTest::qWait(300);
    return save(&window, u"review-with-scan.png"_s);
}

// The supervisors' statistics over a month of the office's cases (Ctrl+Shift+S), the whole screen.
bool statisticsShot(ui::MainWindow &window)
{
    if (auto *action = window.findChild<QAction *>(u"statisticsAction"_s))
        action->trigger();
    auto *view = window.findChild<ui::StatisticsView *>();
    if (!view) {
        std::fprintf(stderr, "FAILED statistics: no view\n");
        return false;
    }
    view->showMaximized();
    bool ok = QTest::qWaitForWindowExposed(view);
    ok &= save(view, u"statistics.png"_s);
    view->close();
    return ok;
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: doc_screenshots OUT_DIR\n");
        return 2;
    }
    g_out = QDir(QString::fromLocal8Bit(argv[1])).absolutePath();
    QDir().mkpath(g_out);
    i18n::install(app, u"zh_CN"_s);
    dismissModals();
    QTimer::singleShot(180000, [] {
        std::fprintf(stderr, "doc_screenshots: timed out\n");
        std::_Exit(3);
    });

    QTemporaryDir dir;
    test::ExchangeFixture exchange;
    QString error;
    if (!exchange.start(&error)) {
        std::fprintf(stderr, "exchange: %s\n", qPrintable(error));
        return 1;
    }
    // A legal representative the blacklist bars (issue 11), imported as the administrator does.
    const QString barredFirst17 = u"14010519790312451"_s;
    const QString barred = barredFirst17 + core::ResidentId::checkCharacter(barredFirst17);
    const QString listed = core::ResidentId::chinaToday().addDays(-120).toString(Qt::ISODate);
    const auto imported = exchange::CreditListAdmin::importCsv(
        exchange.dir(),
        (u"list,subject_kind,subject,subject_name,reason,authority,basis,from\n"_s +
         u"serious,person,%1,郭建军,所任法定代表人的企业被列入严重违法失信企业名单,太原市市场监督管理局,"
         u"并市监严〔2026〕15号,%2\n"_s.arg(barred, listed))
            .toUtf8(),
        u"140100"_s, u"admin01"_s);
    if (!imported || imported.value().added != 1) {
        std::fprintf(stderr, "credit list: not imported\n");
        return 1;
    }
    for (int i = 0; i < 5; ++i) { // online applications from the portal
        QRandomGenerator random(100 + i);
        exchange.call(exchange.sslForPortal(), "POST", exchange.url(u"/api/v1/intake"_s),
                      exchange::DemoApplications::intakeBody(random));
    }

    workbench::AppSettings settings(dir.filePath(u"settings.ini"_s));
    settings.setWorkstationCode(u"W01"_s);
    auto opened = workbench::Workbench::open(dir.filePath(u"data"_s), settings);
    if (!opened) {
        std::fprintf(stderr, "cache: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    workbench::Workbench &wb = *opened.value();
    if (auto seeded = ui::DemoData::seed(wb, 300); !seeded) {
        std::fprintf(stderr, "demo: %s\n", qPrintable(seeded.error().message));
        return 1;
    }
    sync::ExchangeSettings where;
    where.url = exchange.url(QString());
    wb.sync->configure(where, exchange.sslFor(u"W01"_s));

    bool ok = true;
    // A clerk at the counter.
    wb.sync->signIn(u"clerk01"_s, test::ExchangeFixture::password(u"clerk01"_s));
    ok &= waitFor(wb.sync.get(), SIGNAL(syncFinished(bool)));
    const storage::LocalAccount clerk = account(wb.sync->session());
    {
        ui::MainWindow window(wb, clerk);
        window.showForWork(); // first start: the whole screen, as a clerk sees it

        ok &= QTest::qWaitForWindowExposed(&window);
        window.newCase();
        ok &= save(&window, u"main-window-new-case.png"_s);

        const core::CaseRecord draft = completeDraft(wb, clerk, 7, true);
        window.openCase(draft.id);
        ok &= save(&window, u"one-form-draft.png"_s);

        const core::CaseRecord missing = completeDraft(wb, clerk, 8, false);
        window.openCase(missing.id);
        window.formWidget()->revealAllIssues();
        window.formWidget()->focusNextProblem();
        ok &= save(&window, u"one-form-materials.png"_s);

        // The credit check as the ID number is typed: acceptance blocked, with the list and why.
        const core::CaseRecord blocked = completeDraft(wb, clerk, 9, true);
        window.openCase(blocked.id);
        core::OneForm blockedForm = window.formWidget()->form();
        blockedForm.legalRep.name = u"郭建军"_s;
        blockedForm.legalRep.idNumber = barred;
        window.formWidget()->setContent(blockedForm, window.formWidget()->materials());
        window.formWidget()->revealAllIssues();
        window.formWidget()->focusNextProblem();
        ok &= save(&window, u"one-form-credit-blocked.png"_s);

        window.openCase(draft.id);
        ok &= window.perform(core::CaseAction::Accept);
        ok &= save(&window, u"main-window-accepted.png"_s);
        const QString notice = window.lastNoticePath(); // the acceptance's, before another case opens
        // The notice as the client shows it (poppler-qt6), whatever the desktop has.
        window.openNoticeAction()->trigger();
        if (auto *viewer = window.findChild<ui::NoticeViewer *>()) {
            ok &= QTest::qWaitForWindowExposed(viewer);
            QTest::qWait(100);
            ok &= save(viewer, u"notice-viewer.png"_s);
            viewer->close();
        } else {
            ok = false;
        }
        // A refusal's standard reasons, one ticked, with the clerk's own words.
        window.newCase();
        window.formWidget()->setContent(completeDraft(wb, clerk, 9, true).form, {});
        QTimer::singleShot(0, [&ok] {
            auto *dialog = qobject_cast<ui::ReasonDialog *>(QApplication::activeModalWidget());
            if (!dialog) {
                ok = false;
                return;
            }
            dialog->standardReasons()->item(0)->setCheckState(Qt::Checked);
            dialog->editor()->setPlainText(u"申请人当场确认"_s);
            QTest::qWait(100);
            ok &= save(dialog, u"reason-dialog-refusal.png"_s);
            dialog->reject();
        });
        window.perform(core::CaseAction::Refuse);
        ok &= verifyLicenceShot(exchange, wb);
        ok &= creditRecordShot(window, wb);
        if (!notice.isEmpty()) { // 595 x 842: A4 at 72 dpi
            const QString base = QDir(g_out).filePath(u"notice-acceptance"_s);
            ok &= QProcess::execute(u"pdftoppm"_s,
                                    {u"-png"_s, u"-r"_s, u"72"_s, u"-singlefile"_s, notice, base}) == 0;
        }
    }
    // A supervisor online, with the online applications pulled.
    wb.sync->signOut();
    wb.sync->signIn(u"super01"_s, test::ExchangeFixture::password(u"super01"_s));
    ok &= waitFor(wb.sync.get(), SIGNAL(syncFinished(bool)));
    {
        ui::MainWindow window(wb, account(wb.sync->session()));
        window.showForWork();
        ok &= QTest::qWaitForWindowExposed(&window);
        window.newCase();
        ok &= save(&window, u"main-window-online.png"_s);
        // The review queue opens first for a supervisor; the most urgent case beside it.
        if (!window.caseView()->model()->index(0, 0).isValid()) {
            ok = false;
        } else {
            window.openCase(
                window.caseView()->model()->index(0, 0).data(ui::CaseListModel::CaseIdRole).toString());
            window.caseView()->selectRow(0);
            ok &= save(&window, u"review-queue.png"_s);
        }
        // Reviewing a case with its scan beside the form (Ctrl+Shift+M).
        ok &= reviewWithScanShot(window, wb, dir.path());
        ok &= doc::seedStatistics(wb);
        ok &= statisticsShot(window);
    }
    exchange.stop();
    return ok ? 0 : 1;
}
