export { createBlazeFaceDetector } from '@liveframe/core/detector/blazeface';
