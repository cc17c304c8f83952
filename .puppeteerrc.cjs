// Tests use the system Chromium (PUPPETEER_EXECUTABLE_PATH, default /usr/bin/chromium); never download one.
module.exports = { skipDownload: true };
