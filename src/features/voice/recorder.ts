// Recording one text with the microphone: MediaRecorder in a format the browser has (Opus in WebM or
// Ogg, AAC in MP4 on Safari), the sound level for the meter, and a maximum length after which it stops.

/** Long enough for the longest text read slowly; a forgotten recording stops by itself. */
export const MAX_RECORDING_SECONDS = 30;

const MIME_TYPES = ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/mp4'] as const;

/** The first format this browser records in; undefined where it records none of them. */
export function recordingMimeType(): string | undefined {
  if (typeof MediaRecorder === 'undefined') return undefined;
  return MIME_TYPES.find((type) => MediaRecorder.isTypeSupported(type));
}

export interface Recorded {
  audio: Uint8Array;
  mime: string;
}

export interface RecordingSession {
  /** Stops and gives the recording. */
  stop(): void;
  /** Stops and throws the sound away (leaving the page). */
  cancel(): void;
}

export type RecorderFailure = 'unsupported' | 'denied';

/**
 * Starts recording. `onLevel` gets the level (0–1) about 20 times a second, `onDone` the audio once
 * stopped, by the user or at the maximum length. Rejects with a RecorderFailure.
 */
export async function startRecording(onLevel: (level: number) => void, onDone: (recorded: Recorded) => void): Promise<RecordingSession> {
  const mime = recordingMimeType();
  if (!mime || !navigator.mediaDevices?.getUserMedia) throw 'unsupported' satisfies RecorderFailure;
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ audio: true });
  } catch {
    throw 'denied' satisfies RecorderFailure;
  }
  const recorder = new MediaRecorder(stream, { mimeType: mime });
  const chunks: Blob[] = [];
  let cancelled = false;

  const context = new AudioContext();
  const analyser = context.createAnalyser();
  analyser.fftSize = 512;
  context.createMediaStreamSource(stream).connect(analyser);
  const samples = new Uint8Array(analyser.fftSize);
  const meter = setInterval(() => {
    analyser.getByteTimeDomainData(samples);
    let peak = 0;
    for (const sample of samples) peak = Math.max(peak, Math.abs(sample - 128));
    onLevel(Math.min(1, peak / 128));
  }, 50);
  const limit = setTimeout(() => stop(), MAX_RECORDING_SECONDS * 1000);

  const release = () => {
    clearInterval(meter);
    clearTimeout(limit);
    for (const track of stream.getTracks()) track.stop();
    void context.close().catch(() => undefined);
  };

  recorder.addEventListener('dataavailable', (event) => {
    if (event.data.size > 0) chunks.push(event.data);
  });
  recorder.addEventListener('stop', () => {
    release();
    if (cancelled) return;
    const type = recorder.mimeType || mime;
    void new Blob(chunks, { type }).arrayBuffer().then((buffer) => onDone({ audio: new Uint8Array(buffer), mime: type }));
  });
  recorder.start();

  function stop() {
    if (recorder.state !== 'inactive') recorder.stop();
  }
  return {
    stop,
    cancel: () => {
      cancelled = true;
      stop();
    },
  };
}
