// What an app ships for Amplify UI's liveness step: import the detector and render it.
import { FaceLivenessDetector } from '@aws-amplify/ui-react-liveness';
import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <FaceLivenessDetector
      sessionId="bench-session"
      region="us-east-1"
      onAnalysisComplete={async () => {}}
    />,
  );
}
