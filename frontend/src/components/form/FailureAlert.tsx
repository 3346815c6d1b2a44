import { Alert } from 'antd';

interface FailureAlertProps {
  title: string;
  /** One line each; nothing is shown while there are none. */
  messages: readonly string[];
  testId: string;
}

/** Above a form: why the last attempt failed (the server's refusal, or the request's error). */
export function FailureAlert({ title, messages, testId }: FailureAlertProps) {
  if (messages.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      title={title}
      description={messages.map((message) => (
        <div key={message}>{message}</div>
      ))}
      style={{ marginBottom: 16 }}
      data-testid={testId}
    />
  );
}
