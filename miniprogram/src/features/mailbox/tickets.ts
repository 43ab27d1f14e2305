import Taro from '@tarojs/taro';
import type { LetterKind } from '../../../../typings/policy/mailbox';

/**
 * Tickets of the anonymous letters written on this device, kept only here (the server keeps
 * none): with them 我的信件 finds those letters again.
 */
export interface KeptTicket {
  ticket: string;
  kind: LetterKind;
  /** The day it was sent, `YYYY-MM-DD`. */
  day: string;
}

const KEY = 'mailbox-tickets';

export function keptTickets(): KeptTicket[] {
  const stored: unknown = Taro.getStorageSync(KEY);
  return Array.isArray(stored) ? (stored as KeptTicket[]) : [];
}

/** China's calendar day, whatever the phone's time zone. */
const chinaDay = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

export function keepTicket(ticket: string, kind: LetterKind, day = chinaDay()): void {
  const others = keptTickets().filter((k) => k.ticket !== ticket);
  Taro.setStorageSync(KEY, [{ ticket, kind, day }, ...others]);
}

export function forgetTicket(ticket: string): void {
  Taro.setStorageSync(
    KEY,
    keptTickets().filter((k) => k.ticket !== ticket),
  );
}

/** 20 digits in groups of four, easier to copy by hand. */
export const groupTicket = (ticket: string) => ticket.replace(/(\d{4})(?=\d)/g, '$1 ');

let opened: string | undefined;

/**
 * Opens an anonymous letter's thread. The ticket travels in memory, never in the page address:
 * on H5 the address reaches the server's access log.
 */
export function openByTicket(ticket: string, replace = false): void {
  opened = ticket;
  const url = '/packages/mailbox/thread/index?by=ticket';
  void (replace ? Taro.redirectTo({ url }) : Taro.navigateTo({ url }));
}

export const openedTicket = () => opened;
