// The webcam component alone, for scale: import it and render it.
import { createRoot } from 'react-dom/client';
import { Webcam } from '../../browser/page/webcam.js';

const root = document.getElementById('root');
if (root) createRoot(root).render(<Webcam audio={false} />);
