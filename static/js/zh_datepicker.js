// Flask-Admin's date pickers (bootstrap-daterangepicker 1.3) in Chinese: every picker built on
// any page gets Chinese day and month names and buttons, Monday first. Loaded before the
// picker's own script, it wraps $.fn.daterangepicker as soon as that script defines it.
(function ($) {
  if (!$ || !$.fn) { return; }
  var zh = {
    applyLabel: "确定", cancelLabel: "取消", fromLabel: "从", toLabel: "至", weekLabel: "周",
    customRangeLabel: "自定义",
    daysOfWeek: ["日", "一", "二", "三", "四", "五", "六"],
    monthNames: ["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"],
    firstDay: 1
  };
  var wrapped = null;
  Object.defineProperty($.fn, "daterangepicker", {
    configurable: true,
    get: function () { return wrapped; },
    set: function (original) {
      wrapped = function (options, callback) {
        options = $.extend(true, {}, options || {});
        options.locale = $.extend({}, zh, options.locale || {});
        if (options.separator === " to ") { options.separator = " 至 "; }
        return original.call(this, options, callback);
      };
    }
  });
})(window.jQuery);
