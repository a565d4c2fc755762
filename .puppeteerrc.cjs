// The tests drive Debian's browsers; never download one.
module.exports = {skipDownload: true};
