import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Button, Form } from 'antd';
import type { ComponentProps } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { TextAreaItem } from './TextAreaItem';

/** The item alone in a form, as the app's forms hold it. */
function renderItem(props: Partial<ComponentProps<typeof TextAreaItem>>, initial = '') {
  const onFinish = vi.fn();
  renderWithProviders(
    <Form initialValues={{ reason: initial }} onFinish={onFinish}>
      <TextAreaItem name="reason" label="原因" maxLength={10} {...props} />
      <Button htmlType="submit">send</Button>
    </Form>,
  );
  return onFinish;
}

describe('TextAreaItem', () => {
  it('refuses a blank or spaces-only value when required, naming the field', async () => {
    const onFinish = renderItem({ required: true });
    await userEvent.type(screen.getByLabelText('原因'), '   ');
    await userEvent.click(screen.getByRole('button', { name: 'send' }));
    expect(await screen.findByText('请填写原因')).toBeInTheDocument();
    expect(onFinish).not.toHaveBeenCalled();
  });

  it('says the message it is given for a blank value', async () => {
    renderItem({ required: '请说明原因' });
    await userEvent.click(screen.getByRole('button', { name: 'send' }));
    expect(await screen.findByText('请说明原因')).toBeInTheDocument();
  });

  it('stops typing at the limit and refuses a longer value it was given', async () => {
    const onFinish = renderItem({}, '一二三四五六七八九十十一');
    const box = screen.getByLabelText('原因');
    expect(box).toHaveAttribute('maxlength', '10');
    await userEvent.click(screen.getByRole('button', { name: 'send' }));
    expect(await screen.findByText('不能超过 10 个字')).toBeInTheDocument();
    expect(onFinish).not.toHaveBeenCalled();
  });

  it('checks the rules it is given, and sends a value within them', async () => {
    const onFinish = renderItem({
      placeholder: '写下原因',
      showCount: true,
      rules: [{ pattern: /^[^x]*$/, message: '不能有 x' }],
    });
    await userEvent.type(screen.getByPlaceholderText('写下原因'), 'ax');
    expect(screen.getByText('2 / 10')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'send' }));
    expect(await screen.findByText('不能有 x')).toBeInTheDocument();

    await userEvent.clear(screen.getByLabelText('原因'));
    await userEvent.type(screen.getByLabelText('原因'), '搬家');
    await userEvent.click(screen.getByRole('button', { name: 'send' }));
    await vi.waitFor(() => expect(onFinish).toHaveBeenCalledWith({ reason: '搬家' }));
  });
});
