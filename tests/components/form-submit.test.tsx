import { fireEvent, render, screen } from '@testing-library/react';
import { FormSubmit } from '../../miniprogram/src/components/FormSubmit';

describe('FormSubmit', () => {
  it('shows the form’s own error and submits on tap', () => {
    const onSubmit = jest.fn();
    render(
      <FormSubmit error="网络异常，请稍后重试" sending={false} testId="send" onSubmit={onSubmit}>
        发送通知
      </FormSubmit>,
    );
    expect(screen.getByRole('alert').textContent).toBe('网络异常，请稍后重试');
    fireEvent.click(screen.getByTestId('send'));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('holds the button back while another piece of work is under way', () => {
    const onSubmit = jest.fn();
    render(
      <FormSubmit sending={false} waiting testId="send" onSubmit={onSubmit}>
        发送通知
      </FormSubmit>,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByTestId('send'));
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('puts a lesser action before the submit button', () => {
    render(
      <FormSubmit
        sending={false}
        testId="submit"
        onSubmit={jest.fn()}
        secondary={<button type="button">保存草稿</button>}
      >
        提交审核
      </FormSubmit>,
    );
    const draft = screen.getByRole('button', { name: '保存草稿' });
    const submit = screen.getByTestId('submit');
    expect(submit.textContent).toContain('提交审核');
    // Side by side in the form's action row, the lesser action first.
    expect(Array.from(submit.parentElement?.children ?? [])).toEqual([draft, submit]);
  });
});
