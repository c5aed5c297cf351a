export { createMediaPipeDetector } from '@liveframe/core/detector/mediapipe';
