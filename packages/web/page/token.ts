// The access token (mã truy cập): checked against the server when it is
// saved, so a wrong one is said wrong at once, not at the first upload.
import { endpoint, saveToken } from './api';

/** What the server said of a token. */
export type TokenCheck = 'right' | 'wrong' | 'unreachable';

/** Asks `GET /auth/check` with the token (it holds no data, costs nothing). */
export async function checkToken(token: string): Promise<TokenCheck> {
  try {
    const response = await fetch(endpoint('auth/check'), {
      headers: { Authorization: `Bearer ${token}` },
      cache: 'no-store',
    });
    // Read the (tiny) body so that the request ends here, not at the next page load.
    await response.text().catch(() => '');
    if (response.ok) return 'right';
    return response.status === 401 ? 'wrong' : 'unreachable';
  } catch {
    return 'unreachable';
  }
}

/** The line under the field for each answer (Vietnamese). */
export const TOKEN_TEXT: Record<TokenCheck | 'empty' | 'checking', string> = {
  right: 'Mã truy cập đúng, đã lưu cho phiên làm việc này.',
  wrong: 'Mã truy cập không đúng. Hãy kiểm tra lại (chữ hoa, chữ thường) rồi lưu lại.',
  unreachable: 'Chưa kiểm tra được mã: không kết nối được với máy chủ. Hãy thử lại.',
  empty: 'Đã xóa mã truy cập.',
  checking: 'Đang kiểm tra mã truy cập…',
};

/**
 * Wires the token form: on save, checks the token, keeps it only when the
 * server accepts it, and says the result beside the field.
 */
export function tokenForm(
  form: HTMLFormElement,
  input: HTMLInputElement,
  message: HTMLElement,
  onSaved: (text: string) => void,
): void {
  const show = (key: keyof typeof TOKEN_TEXT) => {
    message.textContent = TOKEN_TEXT[key];
    message.dataset.state = key;
    message.hidden = false;
    if (key === 'wrong') input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  };
  input.addEventListener('input', () => {
    message.hidden = true;
    input.removeAttribute('aria-invalid');
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const token = input.value.trim();
    if (!token) {
      saveToken('');
      show('empty');
      return;
    }
    const button = form.querySelector('button');
    if (button) button.disabled = true;
    show('checking');
    const result = await checkToken(token);
    if (button) button.disabled = false;
    if (result === 'wrong') {
      saveToken('');
      input.focus();
      input.select();
    } else {
      saveToken(token);
    }
    show(result);
    if (result === 'right') onSaved(TOKEN_TEXT.right);
  });
}
