export * from './format';
export { encodeVoicePack, decodeVoicePack } from './pack';
export { hashText, isRecordingCurrent } from './textHash';
export { hashAudio } from './audioHash';
export { voiceTextsFor, type VoiceText } from './texts';
export type { VoicePreference } from './preference';
