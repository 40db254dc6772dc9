// Starts a pym.js parent for the explorer served at the site root.
window.pymParent = new pym.Parent('longjiang-reader', '/?embed=1', { title: 'Longjiang Reader' });
