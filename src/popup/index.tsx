import { render } from 'preact';
function Popup() { return <main data-ready="1"><h1>Sourcelight</h1></main>; }
render(<Popup />, document.getElementById('app')!);
