// What an app ships for LiveFrame: import the component and render it. Peers stay external.
import { LivenessCapture } from '@liveframe/react';
import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (root) createRoot(root).render(<LivenessCapture proxyUrl="/api/liveness" />);
