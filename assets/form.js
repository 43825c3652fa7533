// The feedback form's checks, in the GOV.UK pattern: on a send with
// problems, a summary at the top of the page, focused, that links to each
// field; the message beside each field, which is marked invalid; and
// "Error: " before the page's title. Without JavaScript the browser's own
// checks (required, type and pattern) still stop an empty or malformed
// send; with it, an answer of only spaces is refused too.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  var form = document.querySelector("form.feedback");
  if (!form) {
    return;
  }
  var title = document.title;
  var email = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
  var rules = [
    {id: "views", check: function (v) { return v.trim() !== ""; }, message: "Enter your views"},
    {id: "email", check: function (v) { return v.trim() === "" || email.test(v.trim()); },
      message: "Enter an email address like name@example.com, or leave it empty"},
  ];
  form.noValidate = true;
  form.addEventListener("submit", function (event) {
    clear();
    var problems = rules.filter(function (r) {
      var field = document.getElementById(r.id);
      return field && !r.check(field.value);
    });
    if (problems.length === 0) {
      return;
    }
    event.preventDefault();
    problems.forEach(mark);
    summarise(problems);
  });

  function clear() {
    document.title = title;
    var old = document.querySelector(".error-summary");
    if (old) {
      old.remove();
    }
    form.querySelectorAll(".error-message").forEach(function (el) { el.remove(); });
    form.querySelectorAll(".field-error").forEach(function (el) { el.classList.remove("field-error"); });
    form.querySelectorAll("[aria-invalid]").forEach(function (el) {
      el.removeAttribute("aria-invalid");
      el.removeAttribute("aria-describedby");
    });
  }

  function mark(r) {
    var field = document.getElementById(r.id);
    var msg = document.createElement("p");
    msg.className = "error-message";
    msg.id = r.id + "-error";
    var hidden = document.createElement("span");
    hidden.className = "visually-hidden";
    hidden.textContent = "Error: ";
    msg.append(hidden, r.message);
    field.before(msg);
    field.parentElement.classList.add("field-error");
    field.setAttribute("aria-invalid", "true");
    field.setAttribute("aria-describedby", msg.id);
  }

  function summarise(problems) {
    document.title = "Error: " + title;
    var box = document.createElement("div");
    box.className = "error-summary";
    box.tabIndex = -1;
    box.setAttribute("role", "alert");
    box.setAttribute("aria-labelledby", "error-summary-title");
    var heading = document.createElement("h2");
    heading.id = "error-summary-title";
    heading.textContent = "There is a problem";
    var list = document.createElement("ul");
    problems.forEach(function (r) {
      var a = document.createElement("a");
      a.href = "#" + r.id;
      a.textContent = r.message;
      a.addEventListener("click", function (event) {
        // Focus the field and show its label above it, not the field at
        // the very top of the screen with its label scrolled away.
        event.preventDefault();
        var field = document.getElementById(r.id);
        var label = form.querySelector('label[for="' + r.id + '"]');
        (label || field).scrollIntoView();
        field.focus({preventScroll: true});
      });
      var li = document.createElement("li");
      li.append(a);
      list.append(li);
    });
    box.append(heading, list);
    var h1 = document.querySelector("main h1");
    h1.before(box);
    box.focus();
  }
});
