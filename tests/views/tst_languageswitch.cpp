// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
// The language switch while the program runs: after switching to German, no text of the window is left in
// English (labels, buttons, menus, tooltips, placeholders, combo boxes, lists, table headers, charts).
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QToolBar>

#include "support/demofixture.h"
#include "support/testcase.h"
#include "views/language.h"
#include "views/mainwindow.h"
#include "views/pages/kpitile.h"
#include "views/pages/overviewpage.h"
#include "views/pages/riskpage.h"

using namespace Qt::StringLiterals;
using namespace rd;

namespace {

// Every text a user can read in the window, where it is: "where: text".
class TextWalk
{
public:
    QHash<QString, QString> texts; // text -> where it was seen

    void add(const QString &where, const QString &text)
    {
        QString plain = text.contains(u'<') ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
        plain.remove(u'&');
        plain = plain.simplified();
        if (!plain.isEmpty() && !texts.contains(plain))
            texts.insert(plain, where);
    }

    void addActions(const QString &where, const QList<QAction *> &actions)
    {
        for (QAction *action : actions) {
            add(where + u" action"_s, action->text());
            add(where + u" action tooltip"_s,
                action->toolTip() == QString(action->text()).remove(u'&') ? QString() : action->toolTip());
            if (action->menu())
                addActions(where + u" > "_s + action->text(), action->menu()->actions());
        }
    }

    void walk(QWidget *root)
    {
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        widgets.prepend(root);
        for (QWidget *widget : std::as_const(widgets)) {
            const QString where = QString::fromLatin1(widget->metaObject()->className());
            add(where + u" tooltip"_s, widget->toolTip());
            if (widget->isWindow() || qobject_cast<QToolBar *>(widget))
                add(where + u" title"_s, widget->windowTitle());
            if (auto *label = qobject_cast<QLabel *>(widget))
                add(where, label->text());
            if (auto *button = qobject_cast<QAbstractButton *>(widget))
                add(where, button->text());
            if (auto *edit = qobject_cast<QLineEdit *>(widget))
                add(where + u" placeholder"_s, edit->placeholderText());
            if (auto *edit = qobject_cast<QPlainTextEdit *>(widget))
                add(where + u" placeholder"_s, edit->placeholderText());
            if (auto *browser = qobject_cast<QTextBrowser *>(widget))
                add(where, browser->toPlainText());
            if (auto *combo = qobject_cast<QComboBox *>(widget); combo && !combo->isEditable()) {
                for (int i = 0; i < combo->count(); ++i)
                    add(where + u" item"_s, combo->itemText(i));
            }
            if (auto *list = qobject_cast<QListWidget *>(widget)) {
                for (int i = 0; i < list->count(); ++i)
                    add(where + u" item"_s, list->item(i)->text());
            }
            if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
                for (int column = 0; column < view->model()->columnCount(); ++column) {
                    add(where + u" header"_s, view->model()->headerData(column, Qt::Horizontal).toString());
                    add(where + u" header tooltip"_s,
                        view->model()->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString());
                    // The first rows' cells: reasons, states and the like.
                    for (int row = 0; row < std::min(3, view->model()->rowCount()); ++row) {
                        const QModelIndex index = view->model()->index(row, column);
                        add(where + u" cell"_s, index.data().toString());
                        add(where + u" cell tooltip"_s, index.data(Qt::ToolTipRole).toString());
                    }
                }
            }
            if (auto *chartView = qobject_cast<QChartView *>(widget); chartView && chartView->chart()) {
                QChart *chart = chartView->chart();
                add(where + u" chart title"_s, chart->title());
                for (QAbstractAxis *axis : chart->axes())
                    add(where + u" axis"_s, axis->titleText());
                for (QAbstractSeries *series : chart->series())
                    add(where + u" series"_s, series->name());
            }
            addActions(where, widget->actions());
        }
    }
};

} // namespace

class TestLanguageSwitch : public rd::test::TestCase
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static bool settled(const MainWindow &window)
    {
        return window.snapshot() && !window.snapshot()->partial && !window.isBusy();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"RetentionDeskTests"_s);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void germanLeavesNoEnglishText()
    {
        Language::apply(Language::localeFor(Language::English));
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.openDatabase(test::demoDatabase(m_dir.path(), 300)));
        QTRY_VERIFY_WITH_TIMEOUT(settled(window), 60000);
        window.riskPage()->selectRow(0);

        TextWalk english;
        english.walk(&window);
        english.addActions(u"menu"_s, window.menuBar()->actions());
        QVERIFY2(english.texts.contains(u"At-risk customers"_s), "the walk sees the page list");
        QVERIFY2(english.texts.contains(u"Churn rate"_s), "the walk sees the figures");

        QSignalSpy ready(&window, &MainWindow::snapshotReady);
        Language::apply(Language::localeFor(Language::German));
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() >= 1 && settled(window), 60000);
        QTest::qWait(50); // the charts' queued redraw

        TextWalk german;
        german.walk(&window);
        german.addActions(u"menu"_s, window.menuBar()->actions());
        QVERIFY2(german.texts.contains(u"Gefährdete Kunden"_s), "the page list in German");

        // Texts that read the same in both languages: names from the data, the product, units and codes.
        QSet<QString> same {u"RetentionDesk"_s, u"Export"_s, u"Deutsch"_s, u"English"_s, u"Name"_s, u"Status"_s,
            u"Score"_s, u"Segment"_s, u"Plan"_s, u"Segment:"_s};
        for (const MetricsCustomer &customer : window.snapshot()->data->customers) {
            for (const QString *text : {&customer.name, &customer.segment, &customer.plan, &customer.country})
                same.insert(QString(*text).remove(u'&').simplified()); // as the walk reads them
        }
        // What lost customers said, in their own words.
        for (const ReasonsPeriod &period : window.snapshot()->reasons.periods) {
            for (const ReasonFigures &figures : period.reasons) {
                for (const LostCustomer &lost : figures.lost)
                    same.insert(lost.said.simplified());
            }
        }
        static const QRegularExpression word(u"[A-Za-z]{3,}"_s);
        static const QRegularExpression score(u"^(NPS|CSAT) \\d+$"_s); // a survey answer, as both languages write it
        QStringList left;
        for (auto it = german.texts.cbegin(); it != german.texts.cend(); ++it) {
            if (english.texts.contains(it.key()) && !same.contains(it.key()) && word.match(it.key()).hasMatch()
                && !it.key().contains(u".sqlite"_s) && !score.match(it.key()).hasMatch())
                left.append(it.value() + u": "_s + it.key());
        }
        left.sort();
        QVERIFY2(left.isEmpty(), qPrintable(u"Still in English after the switch:\n"_s + left.join(u'\n')));
        // Numbers and dates follow the language.
        QCOMPARE(QLocale().language(), QLocale::German);
        const auto *overview = window.findChild<OverviewPage *>();
        const QString churn = overview->tiles().at(1)->value();
        QVERIFY2(churn.contains(QRegularExpression(u"^\\d+,\\d\\d %$"_s)), qPrintable(churn));
        Language::apply(Language::localeFor(Language::English));
    }
};

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
