-- Version 3: the chart description of a run's report (io.terawatt.io.report.chart, as JSON),
-- served to the dashboard; null for runs made before it or by engines that draw no charts.
ALTER TABLE plan_run ADD COLUMN charts_json TEXT;
