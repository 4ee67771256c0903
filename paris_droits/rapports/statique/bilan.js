// Optional enhancements of the « bilan de droits » pages; everything works without this script.
// - « Je ne sais pas » greys out the amount it answers;
// - the print button opens the browser's print dialog (the page prints as the one-page fiche de droits);
// - a file too large for the server is refused before it is sent, with the same French sentence.
(function () {
  "use strict";
  function relier(caseNsp) {
    var champ = document.getElementById(caseNsp.id.replace(/-nsp$/, ""));
    if (!champ) { return; }
    function maj() { champ.disabled = caseNsp.checked; }
    caseNsp.addEventListener("change", maj);
    maj();
  }
  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("input.case-nsp"), relier);
    Array.prototype.forEach.call(document.querySelectorAll("button.imprimer"), function (bouton) {
      bouton.hidden = false;
      bouton.addEventListener("click", function () { window.print(); });
    });
    var fichier = document.getElementById("fichier");
    if (fichier && fichier.form) {
      fichier.form.addEventListener("submit", function (evenement) {
        var f = fichier.files && fichier.files[0];
        if (f && f.size > 128 * 1024) {
          evenement.preventDefault();
          fichier.setCustomValidity("Le fichier dépasse 128 Kio, la taille admise pour une fiche.");
          fichier.reportValidity();
          fichier.setCustomValidity("");
        }
      });
    }
  });
})();
