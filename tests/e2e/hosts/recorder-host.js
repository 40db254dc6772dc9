// Frames the path given as ?src= (same server only), records what the frame posts, and resizes
// the frame on AMP `embed-size` messages.
var params = new URLSearchParams(location.search);
var src = params.get('src') || '/';
if (src.charAt(0) !== '/' || src.charAt(1) === '/') src = '/';
var frame = document.createElement('iframe');
frame.id = 'lj-frame';
frame.title = 'Longjiang Reader';
frame.src = src;
document.getElementById('slot').appendChild(frame);
window.received = [];
window.addEventListener('message', function (event) {
  if (event.source !== frame.contentWindow) return;
  window.received.push(event.data);
  var d = event.data;
  if (d && typeof d === 'object' && d.sentinel === 'amp' && d.type === 'embed-size' && typeof d.height === 'number') {
    frame.style.height = d.height + 'px';
  }
});
