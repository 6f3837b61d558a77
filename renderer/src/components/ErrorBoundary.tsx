/**
 * Keeps a failure inside one part of the window (a pane or a dialog): that part says in Chinese
 * what failed and offers to try again (a dialog also to close), while the rest of the window
 * stays as it was. Without it, any error while drawing blanks the whole window.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { errorMessage } from '../api/client';
import { Dialog } from './Dialog';

interface Props {
  /** The part, as the clerk knows it: 「项目列表」, 「从其他单位复制」 … */
  what: string;
  /** Given for a dialog: its failure is shown as a dialog that can be closed. */
  onClose?: () => void;
  /** A change of it (another project chosen) tries the part afresh. */
  resetKey?: unknown;
  children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { failure: { message: string } | null }> {
  override state = { failure: null as { message: string } | null };

  static getDerivedStateFromError(error: unknown) {
    return { failure: { message: errorMessage(error) } };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(`[jixiao] ${this.props.what}出错：`, error, info.componentStack);
  }

  override componentDidUpdate(previous: Props) {
    if (this.state.failure && previous.resetKey !== this.props.resetKey) this.setState({ failure: null });
  }

  override render() {
    const { failure } = this.state;
    if (!failure) return this.props.children;
    const { what, onClose } = this.props;
    const text = `「${what}」出错，已停止显示：${failure.message}。窗口的其他部分不受影响，可继续使用。`;
    const retry = (
      <button type="button" onClick={() => this.setState({ failure: null })}>
        重试
      </button>
    );
    if (onClose) {
      return (
        <Dialog label={what} title={`${what}出错`} onClose={onClose} actions={retry}>
          <p className="error" role="alert">
            {text}
          </p>
        </Dialog>
      );
    }
    return (
      <section className="error-boundary" aria-label={what}>
        <p className="error" role="alert">
          {text}
        </p>
        {retry}
      </section>
    );
  }
}
