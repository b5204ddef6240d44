/*
 * 监督看板 / supervision dashboard: reads notification-service's public REST API with the user's bearer
 * token (kept in sessionStorage only) and draws it with Apache ECharts. It is also an example for front-end
 * teams: every figure comes from a documented endpoint, nothing from a private one.
 *   GET /api/v1/supervision/metrics?period=&groupBy=    on-time rate, satisfaction, overdue per row
 *   GET /api/v1/supervision/violations?quarter=         violations per department against 2 a quarter
 *   GET /api/v1/deadlines?overdue=true                  overdue items now: who and how late
 *   GET /api/v1/supervision/audits/{month}              the month's 10% sample and its findings
 *   GET /api/v1/departments                             department names in both languages
 * The trend is the metrics endpoint asked for each of the recent periods.
 */
(function () {
    'use strict';

    const TOKEN_KEY = 'handbookflow.dashboard.token';
    const LANG_KEY = 'handbookflow.dashboard.lang';
    const TREND_PERIODS = 6;

    const TEXT = {
        zh: {
            title: '监督看板', subtitle: '运营管理部 · 流程督办', toggle: 'English',
            tokenLabel: '访问令牌（Bearer token）', tokenPlaceholder: '粘贴单点登录签发的令牌', useToken: '使用令牌',
            forgetToken: '清除令牌', tokenHint: '令牌只保存在本浏览器会话中（sessionStorage），关闭窗口即失效。',
            periodKind: '周期', month: '月度', quarter: '季度', monthOf: '月份（季度取所在季度）', groupBy: '分组',
            byScenario: '按场景', byNode: '按节点', byDepartment: '按部门', load: '查询',
            onTime: '节点按时完成率', onTimeTarget: '目标 ≥ 95%', customerSatisfaction: '客户满意度',
            departmentSatisfaction: '部门满意度', customerSatisfactionLowest: '客户满意度（最低）',
            departmentSatisfactionLowest: '部门满意度（最低）', satisfactionTarget: '目标 ≥ 90 分',
            violationsMost: '季度违规（最多的部门）', violationsTarget: '目标 ≤ 2 次/季度', overdueNow: '当前超时事项',
            overdueTarget: '应为 0', metricsTitle: '督办指标', scenario: '场景', node: '节点', department: '部门',
            completed: '完成', violationsTitle: '违规登记（本季度）', violations: '违规次数', target: '目标',
            overdueTitle: '当前超时事项（谁、超时多久）', businessNumber: '业务编号', item: '事项', person: '责任人',
            dueAt: '截止时间', late: '已超时', escalatedTo: '已升级至', auditTitle: '月度抽查样本（10%）及结论',
            verdict: '结论', category: '类别', note: '说明', trendTitle: '近期趋势',
            footer: '数据全部来自 notification-service 的公开 REST 接口（/api/v1/supervision/*、/api/v1/deadlines），与前端应用使用同一令牌。',
            all: '全部', notAudited: '待抽查', loading: '加载中…', loaded: '已更新', needToken: '请先粘贴访问令牌。',
            unauthorized: '令牌无效或已过期，请重新粘贴。', forbidden: '该令牌无权查看督办数据（需要 SUPERVISOR、LEADER 或 ADMIN 角色）。',
            failed: '加载失败：', notDrawn: '尚未抽取：', drawDay: '抽取日', days: '天', hours: '小时', minutes: '分钟',
            noData: '无数据', launch: '新业务上线', complaint: '客户投诉', project: '跨部门项目'
        },
        en: {
            title: 'Supervision dashboard', subtitle: 'Operations management · process supervision', toggle: '中文',
            tokenLabel: 'Access token (bearer)', tokenPlaceholder: 'Paste the token issued by single sign-on',
            useToken: 'Use token', forgetToken: 'Forget token',
            tokenHint: 'The token stays in this browser session only (sessionStorage) and is gone when the window closes.',
            periodKind: 'Period', month: 'Month', quarter: 'Quarter', monthOf: 'Month (quarter: the one it is in)',
            groupBy: 'Group by', byScenario: 'Scenario', byNode: 'Node', byDepartment: 'Department', load: 'Show',
            onTime: 'Nodes on time', onTimeTarget: 'target ≥ 95%', customerSatisfaction: 'Customer satisfaction',
            departmentSatisfaction: 'Department satisfaction', customerSatisfactionLowest: 'Customer satisfaction (lowest)',
            departmentSatisfactionLowest: 'Department satisfaction (lowest)', satisfactionTarget: 'target ≥ 90 points',
            violationsMost: 'Violations this quarter (most, one department)', violationsTarget: 'target ≤ 2 a quarter',
            overdueNow: 'Overdue now', overdueTarget: 'should be 0', metricsTitle: 'Supervision metrics',
            scenario: 'Scenario', node: 'Node', department: 'Department', completed: 'Completed',
            violationsTitle: 'Violation register (this quarter)', violations: 'Violations', target: 'Target',
            overdueTitle: 'Overdue now: who, and how late', businessNumber: 'Number', item: 'Item', person: 'Responsible',
            dueAt: 'Due', late: 'Late by', escalatedTo: 'Escalated to', auditTitle: 'Monthly 10% audit sample and findings',
            verdict: 'Verdict', category: 'Category', note: 'Note', trendTitle: 'Trend over recent periods',
            footer: 'Every figure comes from notification-service\'s public REST API (/api/v1/supervision/*, /api/v1/deadlines), with the same token a front end uses.',
            all: 'all', notAudited: 'not audited yet', loading: 'Loading…', loaded: 'Updated', needToken: 'Paste an access token first.',
            unauthorized: 'The token is invalid or expired: paste a new one.',
            forbidden: 'This token may not read supervision data (role SUPERVISOR, LEADER or ADMIN needed).',
            failed: 'Could not load: ', notDrawn: 'Not drawn yet: ', drawDay: 'draw day', days: 'd', hours: 'h', minutes: 'min',
            noData: 'no data', launch: 'New business launch', complaint: 'Customer complaint', project: 'Cross-department project'
        }
    };

    let lang = sessionStorage.getItem(LANG_KEY) || 'zh';
    let departments = {};
    let last = null; // the data last loaded, drawn again when the language changes
    const charts = {};

    const $ = (selector) => document.querySelector(selector);
    const t = (key) => TEXT[lang][key] || key;

    // ---- token: pasted, or handed over by single sign-on as #token=... in the address; session only ----
    function takeTokenFromAddress() {
        const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
        if (match) {
            sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]));
            history.replaceState(null, '', window.location.pathname + window.location.search);
        }
    }

    const token = () => sessionStorage.getItem(TOKEN_KEY);

    async function api(path) {
        const response = await fetch(path, {headers: {Authorization: 'Bearer ' + token(), Accept: 'application/json'}});
        if (response.ok) {
            return response.json();
        }
        let problem = {};
        try { problem = await response.json(); } catch (ignored) { /* not problem+json */ }
        const error = new Error(problem.detail || problem.title || ('HTTP ' + response.status));
        error.status = response.status;
        error.problem = problem;
        throw error;
    }

    // ---- periods ----
    function chosenMonth() {
        const value = $('#month').value;
        return value || new Date().toISOString().slice(0, 7);
    }

    function quarterOf(month) {
        const [year, m] = month.split('-').map(Number);
        return year + '-Q' + (Math.floor((m - 1) / 3) + 1);
    }

    function monthsOfQuarter(quarter) {
        const [year, q] = quarter.split('-Q').map(Number);
        return [1, 2, 3].map((i) => year + '-' + String((q - 1) * 3 + i).padStart(2, '0'));
    }

    function previousPeriods(kind, month, count) {
        const [year, m] = month.split('-').map(Number);
        const periods = [];
        for (let i = count - 1; i >= 0; i--) {
            if (kind === 'quarter') {
                const index = year * 4 + Math.floor((m - 1) / 3) - i;
                periods.push(Math.floor(index / 4) + '-Q' + (index % 4 + 1));
            } else {
                const index = year * 12 + (m - 1) - i;
                periods.push(Math.floor(index / 12) + '-' + String(index % 12 + 1).padStart(2, '0'));
            }
        }
        return periods;
    }

    // ---- formatting ----
    const percent = (v) => v == null ? '-' : (v * 100).toFixed(1) + '%';
    const points = (v) => v == null ? '-' : v.toFixed(1);
    const count = (v) => v == null ? '-' : String(Math.round(v));
    const label = (value) => value == null ? '' : (lang === 'zh' ? value.zh : value.en) || value.code;
    const scenarioName = (code) => code === '*' ? t('all') : (TEXT[lang][code] || code);
    const departmentName = (code) => code === '*' ? t('all')
        : departments[code] ? (lang === 'zh' ? departments[code].nameZh : departments[code].nameEn) : code;
    const metClass = (metric) => metric == null || metric.met == null ? '' : metric.met ? 'met' : 'missed';

    function lateBy(dueAt) {
        const minutes = Math.max(0, Math.floor((Date.now() - Date.parse(dueAt)) / 60000));
        const days = Math.floor(minutes / 1440);
        const hours = Math.floor((minutes % 1440) / 60);
        if (days > 0) {
            return days + ' ' + t('days') + ' ' + hours + ' ' + t('hours');
        }
        return hours > 0 ? hours + ' ' + t('hours') + ' ' + (minutes % 60) + ' ' + t('minutes')
            : minutes + ' ' + t('minutes');
    }

    function localTime(instant) {
        return instant == null ? '' : new Date(instant).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB',
            {timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'short'});
    }

    function cell(row, text, className) {
        const td = document.createElement('td');
        td.textContent = text;
        if (className) {
            td.className = className;
        }
        row.appendChild(td);
        return td;
    }

    function fill(tableSelector, items, columns) {
        const body = $(tableSelector + ' tbody');
        body.replaceChildren();
        for (const item of items) {
            const tr = document.createElement('tr');
            for (const column of columns) {
                const [text, className] = column(item);
                cell(tr, text, className);
            }
            body.appendChild(tr);
        }
    }

    function kpi(id, text, met) {
        const box = $(id);
        box.querySelector('.value').textContent = text;
        box.classList.remove('met', 'missed');
        if (met != null) {
            box.classList.add(met ? 'met' : 'missed');
        }
    }

    // ---- loading ----
    async function load() {
        if (!token()) {
            status(t('needToken'), true);
            return;
        }
        status(t('loading'));
        const kind = $('#period-kind').value;
        const month = chosenMonth();
        const period = kind === 'quarter' ? quarterOf(month) : month;
        const groupBy = $('#group-by').value;
        try {
            const [directory, metrics, violations, overdue] = await Promise.all([
                api('/api/v1/departments'),
                api('/api/v1/supervision/metrics?period=' + period + '&groupBy=' + groupBy),
                api('/api/v1/supervision/violations?quarter=' + quarterOf(month)),
                api('/api/v1/deadlines?overdue=true&size=100')]);
            departments = Object.fromEntries(directory.map((d) => [d.code, d]));
            const months = kind === 'quarter' ? monthsOfQuarter(period) : [month];
            const samples = await Promise.all(months.map((m) => api('/api/v1/supervision/audits/' + m)
                .then((cases) => ({month: m, cases}))
                .catch((e) => e.status === 409 ? {month: m, cases: [], notDrawn: e.problem} : Promise.reject(e))));
            const trend = await Promise.all(previousPeriods(kind, month, TREND_PERIODS).map((p) =>
                api('/api/v1/supervision/metrics?period=' + p + '&groupBy=SCENARIO').then((report) => ({period: p, report}))));
            last = {period, metrics, violations, overdue, samples, trend};
            draw();
            status(t('loaded') + ' ' + new Date().toLocaleTimeString());
        } catch (e) {
            status(e.status === 401 ? t('unauthorized') : e.status === 403 ? t('forbidden') : t('failed') + e.message, true);
        }
    }

    function status(text, error) {
        const element = $('#status');
        element.textContent = text;
        element.classList.toggle('error', !!error);
    }

    // ---- drawing ----
    function weightedOnTime(rows) {
        let completed = 0;
        let onTime = 0;
        for (const row of rows) {
            if (row.onTimeRate && row.onTimeRate.value != null) {
                completed += row.completed;
                onTime += row.onTimeRate.value * row.completed;
            }
        }
        return completed === 0 ? null : onTime / completed;
    }

    function lowest(rows, field) {
        const values = rows.map((r) => r[field]).filter((m) => m && m.value != null);
        return values.length === 0 ? null : values.reduce((a, b) => (b.value < a.value ? b : a));
    }

    function rowName(row) {
        return [scenarioName(row.scenario), row.nodeKey === '*' ? null : row.nodeKey,
            row.department === '*' ? null : departmentName(row.department)].filter(Boolean).join(' · ');
    }

    function draw() {
        if (!last) {
            return;
        }
        const rows = last.metrics.rows;
        const onTime = weightedOnTime(rows);
        kpi('#kpi-on-time', percent(onTime), onTime == null ? null : onTime >= 0.95);
        const customer = lowest(rows, 'customerSatisfaction');
        kpi('#kpi-customer', customer ? points(customer.value) : '-', customer ? customer.met : null);
        const department = lowest(rows, 'departmentSatisfaction');
        kpi('#kpi-department', department ? points(department.value) : '-', department ? department.met : null);
        const worst = last.violations.byDepartment.reduce((a, b) => (a == null || b.violations.value > a.violations.value ? b : a), null);
        kpi('#kpi-violations', worst ? count(worst.violations.value) : '0', worst ? worst.violations.met : true);
        kpi('#kpi-overdue', String(last.overdue.totalItems), last.overdue.totalItems === 0);

        fill('#metrics-table', rows, [
            (r) => [scenarioName(r.scenario)], (r) => [r.nodeKey === '*' ? t('all') : r.nodeKey],
            (r) => [departmentName(r.department)], (r) => [String(r.completed)],
            (r) => [percent(r.onTimeRate.value), metClass(r.onTimeRate)],
            (r) => [points(r.customerSatisfaction.value), metClass(r.customerSatisfaction)],
            (r) => [points(r.departmentSatisfaction.value), metClass(r.departmentSatisfaction)],
            (r) => [String(r.currentlyOverdue), r.currentlyOverdue > 0 ? 'missed' : '']]);
        fill('#violations-table', last.violations.byDepartment, [
            (d) => [departmentName(d.department)], (d) => [count(d.violations.value), metClass(d.violations)],
            (d) => ['≤ ' + count(d.violations.target)]]);
        fill('#overdue-table', last.overdue.items, [
            (o) => [o.businessNumber || ''], (o) => [lang === 'zh' ? o.nameZh : o.nameEn],
            (o) => [departmentName(o.responsibleDepartment)], (o) => [o.responsiblePerson || ''],
            (o) => [localTime(o.dueAt)], (o) => [lateBy(o.dueAt), 'missed'], (o) => [label(o.escalatedTo)]]);
        const cases = last.samples.flatMap((s) => s.cases);
        fill('#audit-table', cases, [
            (c) => [c.month], (c) => [c.businessNumber], (c) => [scenarioName(c.processType)],
            (c) => [departmentName(c.causingDepartment || c.department)],
            (c) => [c.verdict ? label(c.verdict) : t('notAudited'), c.verdict ? (c.verdict.code === 'COMPLIANT' ? 'met' : 'missed') : ''],
            (c) => [label(c.category)], (c) => [c.note || '']]);
        $('#audit-note').textContent = last.samples.filter((s) => s.notDrawn)
            .map((s) => t('notDrawn') + s.month + (s.notDrawn.drawDay ? ' (' + t('drawDay') + ' ' + s.notDrawn.drawDay + ')' : ''))
            .join('; ');

        drawCharts(rows);
    }

    function chart(id) {
        if (!charts[id]) {
            charts[id] = echarts.init(document.getElementById(id));
        }
        return charts[id];
    }

    function targetLine(value, text) {
        return {silent: true, symbol: 'none', lineStyle: {color: '#c0392b', type: 'dashed'},
            label: {formatter: text}, data: [{yAxis: value}]};
    }

    function drawCharts(rows) {
        const names = rows.map(rowName);
        chart('chart-on-time').setOption({
            title: {text: t('onTime'), left: 'center', textStyle: {fontSize: 14}},
            tooltip: {trigger: 'axis'}, grid: {bottom: 60},
            xAxis: {type: 'category', data: names, axisLabel: {rotate: names.length > 4 ? 30 : 0}},
            yAxis: {type: 'value', min: 0, max: 100, axisLabel: {formatter: '{value}%'}},
            series: [{type: 'bar', name: t('onTime'), data: rows.map((r) => r.onTimeRate.value == null ? null
                    : {value: +(r.onTimeRate.value * 100).toFixed(1), itemStyle: {color: r.onTimeRate.met ? '#27ae60' : '#c0392b'}}),
                markLine: targetLine(95, '95%')}]
        }, true);
        chart('chart-satisfaction').setOption({
            title: {text: t('customerSatisfaction') + ' / ' + t('departmentSatisfaction'), left: 'center', textStyle: {fontSize: 14}},
            tooltip: {trigger: 'axis'}, legend: {bottom: 0}, grid: {bottom: 70},
            xAxis: {type: 'category', data: names, axisLabel: {rotate: names.length > 4 ? 30 : 0}},
            yAxis: {type: 'value', min: 0, max: 100},
            series: [
                {type: 'bar', name: t('customerSatisfaction'), data: rows.map((r) => r.customerSatisfaction.value),
                    markLine: targetLine(90, '90')},
                {type: 'bar', name: t('departmentSatisfaction'), data: rows.map((r) => r.departmentSatisfaction.value)}]
        }, true);
        const byDepartment = last.violations.byDepartment;
        chart('chart-violations').setOption({
            title: {text: t('violations'), left: 'center', textStyle: {fontSize: 14}}, tooltip: {trigger: 'axis'},
            xAxis: {type: 'category', data: byDepartment.map((d) => departmentName(d.department))},
            yAxis: {type: 'value', minInterval: 1},
            series: [{type: 'bar', name: t('violations'), data: byDepartment.map((d) => ({value: d.violations.value,
                    itemStyle: {color: d.violations.met ? '#27ae60' : '#c0392b'}})), markLine: targetLine(2, '2')}]
        }, true);
        const scenarios = [...new Set(last.trend.flatMap((p) => p.report.rows.map((r) => r.scenario)))];
        chart('chart-trend').setOption({
            tooltip: {trigger: 'axis'}, legend: {bottom: 0}, grid: {bottom: 60},
            xAxis: {type: 'category', data: last.trend.map((p) => p.period)},
            yAxis: [{type: 'value', min: 0, max: 100, name: t('onTime') + ' %'}, {type: 'value', min: 0, max: 100, name: t('customerSatisfaction')}],
            series: scenarios.flatMap((scenario) => {
                const rowOf = (p) => p.report.rows.find((r) => r.scenario === scenario);
                return [
                    {type: 'line', name: scenarioName(scenario) + ' · ' + t('onTime'), connectNulls: true,
                        data: last.trend.map((p) => { const r = rowOf(p); return r && r.onTimeRate.value != null ? +(r.onTimeRate.value * 100).toFixed(1) : null; }),
                        markLine: scenario === scenarios[0] ? targetLine(95, '95%') : undefined},
                    {type: 'line', yAxisIndex: 1, lineStyle: {type: 'dotted'}, connectNulls: true,
                        name: scenarioName(scenario) + ' · ' + t('customerSatisfaction'),
                        data: last.trend.map((p) => { const r = rowOf(p); return r ? r.customerSatisfaction.value : null; })}];
            })
        }, true);
    }

    // ---- language ----
    function translate() {
        document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
        document.title = t('title') + ' · Handbook Flow';
        document.querySelectorAll('[data-i18n]').forEach((e) => { e.textContent = t(e.dataset.i18n); });
        document.querySelectorAll('[data-i18n-placeholder]').forEach((e) => { e.placeholder = t(e.dataset.i18nPlaceholder); });
        $('#lang-toggle').textContent = t('toggle');
        draw();
    }

    document.addEventListener('DOMContentLoaded', () => {
        takeTokenFromAddress();
        const params = new URLSearchParams(window.location.search);
        $('#month').value = params.get('month') || new Date().toISOString().slice(0, 7);
        if (params.get('period') === 'quarter') {
            $('#period-kind').value = 'quarter';
        }
        if (params.get('lang') === 'en' || params.get('lang') === 'zh') {
            lang = params.get('lang');
        }
        $('#lang-toggle').addEventListener('click', () => {
            lang = lang === 'zh' ? 'en' : 'zh';
            sessionStorage.setItem(LANG_KEY, lang);
            translate();
        });
        $('#use-token').addEventListener('click', () => {
            const value = $('#token').value.trim().replace(/^Bearer\s+/i, '');
            if (value) {
                sessionStorage.setItem(TOKEN_KEY, value);
                $('#token').value = '';
                load();
            }
        });
        $('#forget-token').addEventListener('click', () => { sessionStorage.removeItem(TOKEN_KEY); status(t('needToken'), true); });
        $('#load').addEventListener('click', load);
        window.addEventListener('resize', () => Object.values(charts).forEach((c) => c.resize()));
        translate();
        if (token()) {
            load();
        } else {
            status(t('needToken'), true);
        }
    });
})();
