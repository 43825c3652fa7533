// On a print pack: show the "Print this pack" button, and open the print
// dialog at once when the pack was opened from a "print" link. Without
// JavaScript the pack still opens, and says how to print it.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  var button = document.querySelector(".print-button");
  if (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  }
  if (new URLSearchParams(window.location.search).has("print")) {
    window.print();
  }
});
