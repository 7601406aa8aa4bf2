import { render } from 'preact';
function Options() { return <main data-ready="1"><h1>Sourcelight options</h1></main>; }
render(<Options />, document.getElementById('app')!);
