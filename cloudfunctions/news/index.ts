import { defineFunction } from '../_shared/router';
import { columns, saveColumn } from './actions/columns';
import { mine, queue } from './actions/editor-lists';
import { get } from './actions/get';
import { heartbeat } from './actions/heartbeat';
import { history } from './actions/history';
import { list } from './actions/list';
import { readers } from './actions/readers';
import { save } from './actions/save';
import { myShares, share } from './actions/share';
import { subtree } from './actions/subtree';
import { uploadTicket } from './actions/upload';
import { pin, review, submit, withdraw } from './actions/workflow';

/** 党建新鲜事: columns, the editorial workflow, the feed, reading and sharing. */
export const main = defineFunction('news', {
  columns,
  saveColumn,
  list,
  get,
  heartbeat,
  history,
  share,
  myShares,
  subtree,
  save,
  submit,
  review,
  withdraw,
  pin,
  mine,
  queue,
  readers,
  uploadTicket,
});
